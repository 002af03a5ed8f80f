package io.tributary.connector.jdbc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CopyTextBufferTest {

  /** PostgreSQL's COPY text de-escaping of one field (the escapes the encoder writes and more). */
  static String unescape(byte[] bytes, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b != '\\') {
        out.write(b);
        continue;
      }
      byte next = bytes[++i];
      switch (next) {
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 'v' -> out.write(11);
        default -> out.write(next);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Property(tries = 2000)
  void escapedTextUnescapesToTheSameString(@ForAll @StringLength(max = 60) String value) {
    String expected = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    CopyTextBuffer buffer = new CopyTextBuffer(4);
    buffer.text(value);
    assertThat(unescape(buffer.array(), 0, buffer.size())).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void fieldsNeverContainRawSeparators(
      @ForAll @Chars({'\t', '\n', '\r', '\\', 'N', '.', 'a', 'é', '表'}) @StringLength(max = 30) String value) {
    CopyTextBuffer buffer = new CopyTextBuffer(4);
    buffer.text(value);
    String written = new String(buffer.array(), 0, buffer.size(), StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("\t", "\n", "\r");
    assertThat(written).isNotEqualTo("\\N").isNotEqualTo("\\.");
    assertThat(unescape(buffer.array(), 0, buffer.size())).isEqualTo(value);
  }

  @Property(tries = 1000)
  void numbersAreWrittenLikeLongToString(@ForAll long value) {
    CopyTextBuffer buffer = new CopyTextBuffer(1);
    buffer.number(value);
    assertThat(new String(buffer.array(), 0, buffer.size(), StandardCharsets.US_ASCII))
        .isEqualTo(Long.toString(value));
  }

  @Test
  void nullsSeparatorsAndEmoji() {
    CopyTextBuffer buffer = new CopyTextBuffer(1);
    buffer.text("a😀");
    buffer.fieldSeparator();
    buffer.nullValue();
    buffer.fieldSeparator();
    buffer.text("\\N");
    buffer.rowEnd();
    assertThat(new String(buffer.array(), 0, buffer.size(), StandardCharsets.UTF_8))
        .isEqualTo("a😀\t\\N\t\\\\N\n");
    buffer.clear();
    buffer.text("\uD800x");
    assertThat(new String(buffer.array(), 0, buffer.size(), StandardCharsets.UTF_8)).isEqualTo("?x");
  }
}
