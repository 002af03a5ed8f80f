package io.tributary.api.function;

import io.tributary.api.TributaryException;

/**
 * Thrown by a {@link ChangeFunction} when going on would be wrong (a broken invariant, a missing
 * resource no retry can bring back): the pipeline stops with this message instead of retrying and
 * dead-lettering the event. Nothing after the last checkpoint is lost; the event is handled again
 * when the pipeline restarts.
 */
public class FatalFunctionException extends TributaryException {
  private static final long serialVersionUID = 1L;

  public FatalFunctionException(String message) {
    super(message);
  }

  public FatalFunctionException(String message, Throwable cause) {
    super(message, cause);
  }
}
