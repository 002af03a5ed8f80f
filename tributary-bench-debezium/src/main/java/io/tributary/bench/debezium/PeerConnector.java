package io.tributary.bench.debezium;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Debezium connector a peer run uses, named as on the command line. */
public enum PeerConnector {
  /** {@code io.debezium.connector.mariadb.MariaDbConnector} (the MySQL connector refuses MariaDB). */
  MARIADB("io.debezium.connector.mariadb.MariaDbConnector"),
  /** {@code io.debezium.connector.postgresql.PostgresConnector} with pgoutput. */
  POSTGRES("io.debezium.connector.postgresql.PostgresConnector");

  private final String connectorClass;

  PeerConnector(String connectorClass) {
    this.connectorClass = connectorClass;
  }

  /** Debezium's connector class name. */
  public String connectorClass() {
    return connectorClass;
  }

  /** The lower-case name used on the command line. */
  public String argument() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The connector named {@code argument}, or a failure listing the known names. */
  public static PeerConnector parse(String argument) throws PeerFailure {
    for (PeerConnector connector : values()) {
      if (connector.argument().equals(argument)) {
        return connector;
      }
    }
    throw new PeerFailure("unknown --connector '" + argument + "'; use one of " + names());
  }

  private static String names() {
    return Arrays.stream(values()).map(PeerConnector::argument).collect(Collectors.joining(", "));
  }
}
