package io.tributary.formats.value;

import java.util.Arrays;

/**
 * The field names one kind of JSON object had in the last message, slot by slot, with a tag each
 * (what the reader made of the name): messages of a stream repeat their layout, so {@link
 * JsonScanner#nextField(boolean, byte[])} checks the next name against the one in its slot with a
 * single comparison of bytes instead of scanning it. One per kind of object and reader; not
 * thread-safe.
 */
public final class ExpectedNames {
  private byte[][] quoted = new byte[8][];
  private String[] names = new String[8];
  private int[] tags = new int[8];

  /** The name last seen in {@code slot}, in quotes, as bytes; null when none. */
  public byte[] quoted(int slot) {
    return slot < quoted.length ? quoted[slot] : null;
  }

  /** The name last seen in {@code slot}. */
  public String name(int slot) {
    return names[slot];
  }

  /** The tag of the name last seen in {@code slot}. */
  public int tag(int slot) {
    return tags[slot];
  }

  /** Remembers the name {@code scanner} just read (without escapes) for {@code slot}. */
  public void remember(int slot, JsonScanner scanner, String name, int tag) {
    if (slot >= quoted.length) {
      quoted = Arrays.copyOf(quoted, slot * 2);
      names = Arrays.copyOf(names, slot * 2);
      tags = Arrays.copyOf(tags, slot * 2);
    }
    quoted[slot] = scanner.quotedName();
    names[slot] = name;
    tags[slot] = tag;
  }
}
