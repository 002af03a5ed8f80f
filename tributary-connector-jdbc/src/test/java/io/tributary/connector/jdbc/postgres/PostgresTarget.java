package io.tributary.connector.jdbc.postgres;

import io.tributary.api.option.Config;
import io.tributary.api.sink.RejectedRows;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import io.tributary.testkit.PostgresServer;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** A fresh database on the shared throwaway PostgreSQL, and the sinks and writers opened on it. */
final class PostgresTarget implements AutoCloseable {
  final PostgresServer server = PostgresServer.shared();
  final String database = server.createDatabase("pgsink");
  private final List<Object> opened = new ArrayList<>();

  Sink sink(String name, RejectedRows rejectedRows, String... options) {
    Config config = Config.of(options).with("url", server.jdbcUrl(database));
    Sink sink = new PostgresSinkFactory().create(name, config);
    sink.open(new SinkContext("pipe", name, 2, rejectedRows));
    opened.add(sink);
    return sink;
  }

  SinkWriter writer(Sink sink, int lane) {
    SinkWriter writer = sink.openWriter(lane);
    opened.add(writer);
    return writer;
  }

  List<List<Object>> query(String sql, Object... parameters) {
    return server.query(database, sql, parameters);
  }

  Object value(String sql, Object... parameters) {
    return server.queryValue(database, sql, parameters);
  }

  Connection connect() {
    return server.connect(database);
  }

  /** Ends the server side of every connection of the given sink's lane. */
  void terminateWriter(String sinkName, int lane) {
    query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
        "tributary pipe/" + sinkName + "/" + lane);
  }

  @Override
  public void close() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      Object resource = opened.get(i);
      if (resource instanceof io.tributary.api.sink.Sink sink) {
        sink.close();
      } else {
        ((SinkWriter) resource).close();
      }
    }
    server.dropDatabase(database);
  }
}
