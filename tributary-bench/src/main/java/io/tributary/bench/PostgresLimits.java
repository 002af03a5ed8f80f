package io.tributary.bench;

import io.tributary.testkit.PostgresServer;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/** What the machine can do at all with PostgreSQL, measured the same run: the floors for each figure. */
final class PostgresLimits {
  private PostgresLimits() {}

  /** Rows/s of a plain cursor-fetched {@code SELECT *} read to nowhere over pgjdbc. */
  static double scanRowsPerSecond(PostgresServer server, String table) throws Exception {
    try (Connection c = server.connect(PostgresWorkload.DB); Statement s = c.createStatement()) {
      c.setAutoCommit(false); // pgjdbc fetches in chunks only inside a transaction
      s.setFetchSize(10_000);
      long start = System.nanoTime();
      long rows = 0;
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
      c.commit();
      return rows / ((System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Row changes/s of a bare pgjdbc replication stream reading slot {@code slot} (publication of the same
   * name) until {@code rows} insert, update and delete messages arrived, without decoding them.
   */
  static double rawStreamRowsPerSecond(PostgresServer server, String slot, long rows) throws Exception {
    Properties properties = new Properties();
    PGProperty.USER.set(properties, server.user());
    PGProperty.PASSWORD.set(properties, server.password());
    PGProperty.REPLICATION.set(properties, "database");
    PGProperty.PREFER_QUERY_MODE.set(properties, "simple");
    PGProperty.ASSUME_MIN_SERVER_VERSION.set(properties, "10");
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(PostgresWorkload.DB), properties)) {
      long start = System.nanoTime();
      long deadline = start + TimeUnit.MINUTES.toNanos(10);
      PGReplicationStream stream = c.unwrap(PGConnection.class).getReplicationAPI().replicationStream().logical()
          .withSlotName(slot).withStartPosition(LogSequenceNumber.INVALID_LSN)
          .withSlotOption("proto_version", "1").withSlotOption("publication_names", slot).start();
      long seen = 0;
      while (seen < rows && System.nanoTime() < deadline) {
        ByteBuffer message = stream.readPending();
        if (message == null) {
          LockSupport.parkNanos(100_000);
          continue;
        }
        byte kind = message.get(message.position());
        if (kind == 'I' || kind == 'U' || kind == 'D') {
          seen++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      stream.close();
      return seen >= rows ? rows / seconds : Double.NaN;
    }
  }
}
