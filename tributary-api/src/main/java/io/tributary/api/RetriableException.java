package io.tributary.api;

/**
 * A transient fault: a connection was lost, a server is restarting, a lock timed out. The runtime
 * pauses the affected part of the pipeline and retries with backoff, forever, losing nothing.
 */
public class RetriableException extends TributaryException {
  private static final long serialVersionUID = 1L;

  public RetriableException(String message, Throwable cause) {
    super(message, cause);
  }
}
