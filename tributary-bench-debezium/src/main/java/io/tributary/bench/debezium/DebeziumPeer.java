package io.tributary.bench.debezium;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer program started by {@code tributary bench} in a child JVM. It runs one Debezium engine over the bench's
 * workload (see {@link PeerArguments} for the command line, {@link EngineSettings} for the engine settings) and prints
 * exactly one line on stdout, {@code DEBEZIUM_RESULT {"records":N,"seconds":S}}, then exits 0. Logs go to stderr. On a
 * failure or a timeout it logs why on stderr and exits 1.
 */
public final class DebeziumPeer {
  private static final Logger LOG = LoggerFactory.getLogger(DebeziumPeer.class);

  private DebeziumPeer() {}

  /** Parses {@code arguments} and measures one run; the in-process entry point for tests. */
  public static PeerResult run(String... arguments) throws PeerFailure, InterruptedException {
    return new PeerRun(PeerArguments.parse(arguments)).measure();
  }

  /** Runs, prints the result line on stdout and exits 0; exits 1 on any failure. */
  public static void main(String[] arguments) {
    int status;
    try {
      PeerResult result = run(arguments);
      // The one line of stdout is the contract with tributary bench; every other output is a log line on stderr.
      System.out.println(result.line());
      System.out.flush();
      status = 0;
    } catch (PeerFailure e) {
      if (e.getCause() == null) {
        LOG.error("Debezium peer failed: {}", e.getMessage());
      } else {
        LOG.error("Debezium peer failed: {}", e.getMessage(), e.getCause());
      }
      status = 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.error("Debezium peer interrupted", e);
      status = 1;
    } catch (RuntimeException e) {
      LOG.error("Debezium peer failed unexpectedly: {}", e, e);
      status = 1;
    }
    // Debezium and Kafka may leave non-daemon threads behind; the exit status is the result.
    System.exit(status);
  }
}
