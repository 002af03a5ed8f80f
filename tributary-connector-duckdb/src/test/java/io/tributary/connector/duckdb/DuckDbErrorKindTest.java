package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuckDbErrorKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Constraint Error: NOT NULL constraint failed: t.v | DATA",
    "Conversion Error: Malformed JSON at byte 0 of input | DATA",
    "Out of Range Error: Type INT32 with value 5000000000 can't be cast | DATA",
    "Invalid Input Error: invalid unicode | DATA",
    "Appender error, catalog: 'temp', schema: 'main', table: 's', message: Conversion Error: bad | DATA",
    "TransactionContext Error: Catalog write-write conflict on alter with \"t\" | WRITE_CONFLICT",
    "TransactionContext Error: Conflict on tuple deletion! | WRITE_CONFLICT",
    "TransactionContext Error: Current transaction is aborted (please ROLLBACK) | OTHER",
    "Catalog Error: Table with name t does not exist! | OTHER",
    "IO Error: No space left on device | OTHER",
    "Binder Error: The specified columns as conflict target are not referenced | OTHER"
  })
  void classifiesDuckDbMessages(String message, DuckDbErrorKind kind) {
    assertThat(DuckDbErrorKind.of(new SQLException(message))).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({"'Conversion Error: x\nLINE 1: select', 'Conversion Error: x'", "'one line', 'one line'"})
  void firstLineDropsTheSqlPointer(String message, String first) {
    assertThat(DuckDbErrorKind.firstLine(new SQLException(message))).isEqualTo(first);
  }
}
