package io.tributary.transform;

import io.tributary.api.TributaryException;

/**
 * A transform rule that cannot be parsed or compiled, or a row it cannot be applied to.
 *
 * <p>The message names the rule (its label in the pipeline file), the expression, the column or the
 * position in the expression text it concerns, and what to do about it. Parse and compile errors
 * surface before any row is processed; row-time errors (a failed {@code CAST}, an integer overflow,
 * a value the source did not send) stop the pipeline like any other non-retriable {@link
 * TributaryException}.
 */
public class TransformException extends TributaryException {
  private static final long serialVersionUID = 1L;

  public TransformException(String message) {
    super(message);
  }

  public TransformException(String message, Throwable cause) {
    super(message, cause);
  }
}
