package io.tributary.e2e;

import io.tributary.testkit.MariaDbServer;

/** Pieces of pipeline files the end-to-end tests share. */
final class PipelineYaml {
  private PipelineYaml() {}

  /** A {@code source:} block capturing every table of {@code db} on {@code source}. */
  static String mysqlSource(MariaDbServer source, String db, int serverId) {
    return """
        source:
          type: mysql
          port: %d
          username: %s
          password: %s
          tables: %s\\..*
          server-id: %d
        """.formatted(source.port(), source.user(), source.password(), db, serverId);
  }
}
