package io.tributary.connector.jdbc.postgres;

import io.tributary.connector.jdbc.JdbcEndpoint;
import io.tributary.connector.jdbc.JdbcSink;
import io.tributary.connector.jdbc.JdbcSinkWriter;
import io.tributary.connector.jdbc.WriterSetup;
import java.sql.SQLException;

/**
 * A PostgreSQL target: source table {@code shop.orders} lands as table {@code orders} in schema
 * {@code shop}; positions are kept in {@code tributary.offsets}.
 */
public final class PostgresSink extends JdbcSink {
  private final PostgresDialect postgres;

  public PostgresSink(String name, JdbcEndpoint endpoint) {
    this(name, endpoint, new PostgresDialect());
  }

  private PostgresSink(String name, JdbcEndpoint endpoint, PostgresDialect dialect) {
    super(name, endpoint, dialect);
    this.postgres = dialect;
  }

  @Override
  protected JdbcSinkWriter newWriter(WriterSetup setup) throws SQLException {
    return new PostgresSinkWriter(setup, postgres);
  }
}
