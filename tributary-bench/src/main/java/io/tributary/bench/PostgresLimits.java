package io.tributary.bench;

import io.tributary.api.option.Config;
import io.tributary.testkit.PostgresServer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
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
   * name, binary tuples) until {@code rows} insert, update and delete messages arrived, without
   * decoding them. It reads in bursts as Tributary's source does (a 2 ms pause after each 128 KiB
   * read without a pause), which lets the WAL sender write in large chunks: read eagerly, the same
   * stream is about half as fast.
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
          .withSlotOption("proto_version", "1").withSlotOption("publication_names", slot)
          .withSlotOption("binary", "true").start(); // as Tributary reads it by default
      long seen = 0;
      long burstBytes = 0;
      while (seen < rows && System.nanoTime() < deadline) {
        ByteBuffer message = stream.readPending();
        if (message == null) {
          burstBytes = 0;
          LockSupport.parkNanos(100_000);
          continue;
        }
        burstBytes += message.remaining();
        if (burstBytes >= 128 * 1024) {
          burstBytes = 0;
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
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

  /**
   * Rows/s of one {@code COPY ... FROM STDIN} of {@code rows} rows shaped like the change table (id
   * bigint PK, k integer, v varchar(64), ts bigint) into an empty table of a fresh database on
   * {@code target}, commit included: the fastest way to put that many rows into PostgreSQL.
   */
  static double copyRowsPerSecond(PostgresServer target, long rows) throws Exception {
    String db = target.createDatabase("copy_limit");
    target.execute(db, "CREATE TABLE copy_limit (id bigint PRIMARY KEY, k integer NOT NULL, v varchar(64) NOT NULL, ts bigint NOT NULL)");
    try (Connection c = target.connect(db)) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder chunk = new StringBuilder(1 << 20);
      long start = System.nanoTime();
      CopyIn in = copy.copyIn("COPY copy_limit (id, k, v, ts) FROM STDIN");
      for (long id = 1; id <= rows; id++) {
        chunk.append(id).append('\t').append(id % 1000).append("\tupdated-").append(id).append('\t').append(id * 7).append('\n');
        if (chunk.length() > (1 << 20) - 128 || id == rows) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          chunk.setLength(0);
        }
      }
      long copied = in.endCopy();
      double seconds = (System.nanoTime() - start) / 1e9;
      return copied == rows ? rows / seconds : Double.NaN;
    } finally {
      target.execute(null, "DROP DATABASE " + db);
    }
  }

  /**
   * Row changes/s of PostgreSQL itself running the mix's statements (one autocommit transaction
   * each, sent in batches, generated server-side) against a seeded copy of the table on
   * {@code target}: what applying these changes costs the target with no CDC in between.
   */
  static double replayRowsPerSecond(PostgresServer target, ChangeMix mix) throws Exception {
    Config config = TargetSeed.postgres(target, "replay_limit", mix);
    String url = config.raw("url");
    try (Connection c = DriverManager.getConnection(url, target.user(), target.password())) {
      long start = System.nanoTime();
      long rows = PostgresWorkload.apply(c, mix);
      return rows / ((System.nanoTime() - start) / 1e9);
    }
  }
}
