package io.tributary.connector.jdbc.mysql;

import io.tributary.api.option.Config;
import io.tributary.api.sink.RejectedRows;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import io.tributary.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fresh database on the shared throwaway MariaDB (the namespace of the test's tables, and the
 * pipeline name, so offsets rows of different tests never meet), and the sinks opened on it.
 */
final class MariaDbTarget implements AutoCloseable {
  final MariaDbServer server = MariaDbServer.shared();
  final String database = server.createDatabase("mysink");
  private final List<Object> opened = new ArrayList<>();

  Sink sink(String name, RejectedRows rejectedRows, String... options) {
    Config config = Config.of(options).with("url", server.jdbcUrl(null));
    Sink sink = new MySqlSinkFactory().create(name, config);
    sink.open(new SinkContext(database, name, 2, rejectedRows));
    opened.add(sink);
    return sink;
  }

  SinkWriter writer(Sink sink, int lane) {
    SinkWriter writer = sink.openWriter(lane);
    opened.add(writer);
    return writer;
  }

  /** Opens a writer and returns it with its server connection id. */
  WriterWithId writerWithId(Sink sink, int lane) {
    Set<Object> before = connectionIds();
    SinkWriter writer = writer(sink, lane);
    Set<Object> after = connectionIds();
    after.removeAll(before);
    if (after.size() != 1) {
      throw new IllegalStateException("cannot tell the writer's connection among " + after);
    }
    return new WriterWithId(writer, after.iterator().next());
  }

  record WriterWithId(SinkWriter writer, Object connectionId) {}

  private Set<Object> connectionIds() {
    Set<Object> ids = new HashSet<>();
    server.query(null,
        "SELECT id FROM information_schema.processlist WHERE id <> CONNECTION_ID()").forEach(r -> ids.add(r.get(0)));
    return ids;
  }

  void kill(Object connectionId) {
    server.execute(null, "KILL " + connectionId);
  }

  List<List<Object>> query(String sql, Object... parameters) {
    return server.query(database, sql, parameters);
  }

  Object value(String sql, Object... parameters) {
    return server.queryValue(database, sql, parameters);
  }

  /** A connection reading in UTC, like the sink writes. */
  Connection connect() throws SQLException {
    Connection c = server.connect(database);
    try (Statement s = c.createStatement()) {
      s.execute("SET time_zone = '+00:00'");
    }
    return c;
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
