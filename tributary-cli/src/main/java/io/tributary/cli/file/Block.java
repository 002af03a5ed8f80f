package io.tributary.cli.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One block of a pipeline file (the {@code pipeline:} block, the {@code source:} block or one
 * entry of {@code sinks:}) as flat keys: nested maps become dotted keys, lists of plain values are
 * joined with commas. Every entry keeps where it was written. Immutable.
 *
 * @param position where the block's first key is
 * @param entries the entries by key, in file order
 */
public record Block(FilePosition position, Map<String, Entry> entries) {

  public Block {
    Objects.requireNonNull(position, "position");
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * One key and its value.
   *
   * @param key the flat key, e.g. {@code port} or {@code properties.ssl}
   * @param value the value with environment variables substituted; empty when the file gives none
   * @param keyPosition where the key is
   * @param valuePosition where the value is
   */
  public record Entry(String key, String value, FilePosition keyPosition, FilePosition valuePosition) {}

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The value of the key, or null when it is absent. */
  public String value(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** Where to point at for a problem with the key: its value, or the block when it is absent. */
  public FilePosition positionOf(String key) {
    Entry e = key == null ? null : entries.get(key);
    return e == null ? position : e.valuePosition();
  }

  /** The values of every entry except the given keys, in file order. */
  public Map<String, String> values(Set<String> except) {
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach((k, e) -> {
      if (!except.contains(k)) {
        out.put(k, e.value());
      }
    });
    return out;
  }
}
