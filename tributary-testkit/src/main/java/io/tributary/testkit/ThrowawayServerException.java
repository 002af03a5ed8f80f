package io.tributary.testkit;

/**
 * Unchecked failure of a throwaway database server: it could not be installed, started or stopped, or a
 * statement sent through one of its helper methods failed. The message names the server, the statement or
 * command, and (for startup failures) ends with the tail of the server's log.
 */
public class ThrowawayServerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message saying what failed and what to do. */
  public ThrowawayServerException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public ThrowawayServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
