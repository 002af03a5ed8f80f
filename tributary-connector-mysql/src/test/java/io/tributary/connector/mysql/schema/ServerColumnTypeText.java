package io.tributary.connector.mysql.schema;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * How the server prints ENUM and SET types in {@code information_schema.COLUMNS.COLUMN_TYPE}, and
 * generators of the symbols it accepts. Checked on MariaDB 10.11: in a symbol, {@code '} is
 * doubled and backslash, newline, carriage return and NUL are backslash-escaped ({@code \\ \n \r
 * \0}); every other character (tab, 0x1A, any Unicode) is printed as is; trailing spaces are cut
 * when the column is created.
 */
public final class ServerColumnTypeText {

  private ServerColumnTypeText() {}

  /** {@code enum('a','b')} or {@code set(...)} as COLUMN_TYPE shows it. */
  public static String withSymbols(String keyword, List<String> symbols) {
    StringBuilder out = new StringBuilder(keyword).append('(');
    for (int i = 0; i < symbols.size(); i++) {
      out.append(i == 0 ? "'" : ",'");
      symbols.get(i).chars().forEach(c -> out.append(escaped((char) c)));
      out.append('\'');
    }
    return out.append(')').toString();
  }

  private static String escaped(char c) {
    return switch (c) {
      case '\'' -> "''";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\0' -> "\\0";
      default -> String.valueOf(c);
    };
  }

  /**
   * Symbols a server accepts: distinct, no trailing spaces, with quotes, backslashes, parentheses,
   * control characters and non-ASCII text; SET members also have no comma and are not empty.
   */
  public static Arbitrary<List<String>> symbols(boolean set, int minSize, int maxSize) {
    Arbitrary<Character> tricky = Arbitraries.of('\'', '\\', '(', ')', ' ', '\n', '\r', '\0', '\t', '\u001a', '%', '"', 'é', '€');
    Arbitrary<Character> plain = Arbitraries.chars().alpha().numeric();
    Arbitrary<Character> anyChar = Arbitraries.chars().range('\u0080', '\ufffd').filter(c -> !Character.isSurrogate(c));
    Arbitrary<Character> chars = set
        ? Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, tricky), Tuple.of(1, anyChar))
        : Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, tricky), Tuple.of(1, Arbitraries.just(',')), Tuple.of(1, anyChar));
    Arbitrary<String> symbol = chars.list().ofMinSize(set ? 1 : 0).ofMaxSize(12)
        .map(list -> list.stream().map(String::valueOf).reduce("", String::concat).replaceAll(" +$", ""))
        .filter(s -> !set || !s.isEmpty());
    return symbol.list().uniqueElements().ofMinSize(minSize).ofMaxSize(maxSize);
  }
}
