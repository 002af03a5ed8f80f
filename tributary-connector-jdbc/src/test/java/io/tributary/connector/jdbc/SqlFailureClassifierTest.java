package io.tributary.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlFailureClassifierTest {
  private final SqlFailureClassifier classifier = new SqlFailureClassifier(
      Set.of("57P01", "53"), Set.of(1205), Set.of("54000"), Set.of(1406));

  @Test
  void connectionStatesAndExceptionsAreTransient() {
    assertThat(classifier.classify(new SQLException("gone", "08006"))).isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("admin shutdown", "57P01")))
        .isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("too many connections", "53300")))
        .isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLRecoverableException("lost"))).isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("lock wait", "HY000", 1205)))
        .isEqualTo(SqlFailure.TRANSIENT);
  }

  @Test
  void socketCausesAndRefusedConnectionsAreTransient() {
    assertThat(classifier.classify(new SQLException("io", "XX000", new SocketException("reset"))))
        .isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("io", null, new EOFException())))
        .isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("x", null, new ConnectException("Connection refused"))))
        .isEqualTo(SqlFailure.TRANSIENT);
    assertThat(classifier.classify(new SQLException("Connection refused. Check the host", "XX000")))
        .isEqualTo(SqlFailure.TRANSIENT);
  }

  @Test
  void dataStatesClassesAndCodesAreData() {
    assertThat(classifier.classify(new SQLException("too long", "22001"))).isEqualTo(SqlFailure.DATA);
    assertThat(classifier.classify(new SQLException("not null", "23502"))).isEqualTo(SqlFailure.DATA);
    assertThat(classifier.classify(new SQLException("index row too big", "54000")))
        .isEqualTo(SqlFailure.DATA);
    assertThat(classifier.classify(new SQLException("Data too long", "HY000", 1406)))
        .isEqualTo(SqlFailure.DATA);
    assertThat(classifier.classify(new SQLIntegrityConstraintViolationException("dup")))
        .isEqualTo(SqlFailure.DATA);
  }

  @Test
  void chainedDataErrorIsFound() {
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("numeric out of range", "22003"));
    assertThat(classifier.classify(batch)).isEqualTo(SqlFailure.DATA);
  }

  @Test
  void everythingElseIsFatal() {
    assertThat(classifier.classify(new SQLException("permission denied", "42501")))
        .isEqualTo(SqlFailure.FATAL);
    assertThat(classifier.classify(new SQLException("no state"))).isEqualTo(SqlFailure.FATAL);
    assertThat(classifier.classify(new SQLException("aborted", "25P02"))).isEqualTo(SqlFailure.FATAL);
  }
}
