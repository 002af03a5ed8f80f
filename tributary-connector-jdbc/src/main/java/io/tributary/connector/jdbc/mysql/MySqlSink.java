package io.tributary.connector.jdbc.mysql;

import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.JdbcSink;
import io.tributary.connector.jdbc.JdbcSinkWriter;
import io.tributary.connector.jdbc.WriterSetup;
import java.sql.SQLException;

/**
 * A MySQL or MariaDB target: source table {@code shop.orders} lands as table {@code orders} in
 * database {@code shop}; positions are kept in {@code tributary.offsets}.
 */
public final class MySqlSink extends JdbcSink {
  private final MySqlDialect mysql;
  private final int rowsPerStatement;

  public MySqlSink(String name, JdbcEndpoint endpoint, int rowsPerStatement) {
    this(name, endpoint, new MySqlDialect(), rowsPerStatement);
  }

  private MySqlSink(
      String name, JdbcEndpoint endpoint, MySqlDialect dialect, int rowsPerStatement) {
    super(name, endpoint, dialect);
    this.mysql = dialect;
    this.rowsPerStatement = rowsPerStatement;
  }

  @Override
  protected JdbcSinkWriter newWriter(WriterSetup setup) throws SQLException {
    return new MySqlSinkWriter(setup, mysql, rowsPerStatement);
  }
}
