package io.tributary.connector.duckdb;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What a DuckDB error means for the write path, read from the error class DuckDB puts at the
 * start of its messages ({@code "Constraint Error: ..."}).
 */
enum DuckDbErrorKind {
  /** The data was refused (a conversion, a range, a constraint): the rows go to the rejected rows. */
  DATA,
  /** Another transaction wrote the same rows or catalog entry first: roll back and try again. */
  WRITE_CONFLICT,
  /** Anything else (a missing table, an I/O error): the batch fails. */
  OTHER;

  private static final List<String> DATA_ERRORS =
      List.of("Constraint Error", "Conversion Error", "Out of Range Error", "Invalid Input Error", "Mismatch Type Error");

  static DuckDbErrorKind of(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("transactioncontext error") && lower.contains("conflict") || lower.contains("write-write conflict")) {
      return WRITE_CONFLICT;
    }
    for (String error : DATA_ERRORS) {
      if (message.startsWith(error) || message.contains("message: " + error)) {
        return DATA;
      }
    }
    return OTHER;
  }

  /** The first line of DuckDB's message (the rest points into the SQL text). */
  static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
