package io.tributary.bench.debezium;

/** Why a peer run produced no figure: bad arguments, an engine that stopped early, or a timeout. */
public final class PeerFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public PeerFailure(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public PeerFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
