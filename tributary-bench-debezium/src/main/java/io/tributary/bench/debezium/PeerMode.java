package io.tributary.bench.debezium;

import java.util.Locale;

/** What a peer run measures, and which Debezium operations it counts. */
public enum PeerMode {
  /** The initial snapshot: counts read records ({@code op = r}). */
  SNAPSHOT("r"),
  /** Log capture of changes made before the run: counts creates, updates and deletes ({@code op = c, u, d}). */
  CAPTURE("cud");

  /** Debezium's one-letter operation codes, one character each. */
  private final String countedOperations;

  PeerMode(String countedOperations) {
    this.countedOperations = countedOperations;
  }

  /** Whether a record with Debezium operation code {@code operation} counts in this mode. */
  public boolean counts(char operation) {
    return countedOperations.indexOf(operation) >= 0;
  }

  /** The lower-case name used on the command line. */
  public String argument() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code argument}, or a failure naming the known ones. */
  public static PeerMode parse(String argument) throws PeerFailure {
    for (PeerMode mode : values()) {
      if (mode.argument().equals(argument)) {
        return mode;
      }
    }
    throw new PeerFailure("unknown --mode '" + argument + "'; use snapshot or capture");
  }
}
