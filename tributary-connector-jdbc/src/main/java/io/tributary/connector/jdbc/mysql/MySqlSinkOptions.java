package io.tributary.connector.jdbc.mysql;

import io.tributary.api.option.Option;
import io.tributary.connector.jdbc.JdbcSinkOptions;
import java.util.ArrayList;
import java.util.List;

/** The options of the MySQL/MariaDB sink: the common JDBC ones and its own. */
public final class MySqlSinkOptions {

  /** How many rows one INSERT or DELETE statement carries at most. */
  public static final Option<Integer> ROWS_PER_STATEMENT =
      new Option<>(
          "rows-per-statement",
          "int",
          MySqlSinkOptions::parseRows,
          1000,
          false,
          false,
          "Most rows one multi-row INSERT ... ON DUPLICATE KEY UPDATE or DELETE statement"
              + " carries (1 to 100000); statements are also kept under half of the server's"
              + " max_allowed_packet.");

  private MySqlSinkOptions() {}

  /** Every option the sink reads. */
  public static List<Option<?>> all() {
    List<Option<?>> out = new ArrayList<>(JdbcSinkOptions.common());
    out.add(ROWS_PER_STATEMENT);
    return List.copyOf(out);
  }

  private static Integer parseRows(String text) {
    int n;
    try {
      n = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number");
    }
    if (n < 1 || n > 100_000) {
      throw new IllegalArgumentException(n + " is not between 1 and 100000");
    }
    return n;
  }
}
