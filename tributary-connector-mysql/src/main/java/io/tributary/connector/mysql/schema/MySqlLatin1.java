package io.tributary.connector.mysql.schema;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * MySQL's {@code latin1}: windows-1252 whose five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * are the C1 control characters of the same code, as the server itself converts them. Java's
 * windows-1252 turns those bytes into U+FFFD, which lost them and disagreed with the snapshot
 * (where the server converts). Decoding only: {@link #canEncode()} is false.
 */
final class MySqlLatin1 extends Charset {
  static final MySqlLatin1 INSTANCE = new MySqlLatin1();

  private static final char[] CHARACTERS = characters();

  private MySqlLatin1() {
    super("x-MySQL-latin1", new String[0]);
  }

  private static char[] characters() {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    char[] characters = new String(everyByte, Charset.forName("windows-1252")).toCharArray();
    for (int i = 0; i < characters.length; i++) {
      if (characters[i] == '\uFFFD') {
        characters[i] = (char) i;
      }
    }
    return characters;
  }

  @Override
  public boolean contains(Charset other) {
    return other.equals(this) || other.equals(StandardCharsets.US_ASCII);
  }

  @Override
  public boolean canEncode() {
    return false;
  }

  @Override
  public CharsetDecoder newDecoder() {
    return new Decoder();
  }

  @Override
  public CharsetEncoder newEncoder() {
    throw new UnsupportedOperationException("MySQL latin1 is only decoded");
  }

  private final class Decoder extends CharsetDecoder {
    Decoder() {
      super(MySqlLatin1.this, 1f, 1f);
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
      while (in.hasRemaining()) {
        if (!out.hasRemaining()) {
          return CoderResult.OVERFLOW;
        }
        out.put(CHARACTERS[in.get() & 0xFF]);
      }
      return CoderResult.UNDERFLOW;
    }
  }
}
