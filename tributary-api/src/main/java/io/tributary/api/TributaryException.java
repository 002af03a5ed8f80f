package io.tributary.api;

/**
 * The one unchecked base of Tributary's errors. The message says what was seen and what happens
 * next; it names the table, column, key and position it concerns where there is one.
 *
 * <p>The runtime decides what to do with an error by its type alone: {@link RetriableException}
 * is retried with backoff, {@link ConfigException} stops before anything runs, every other {@code
 * TributaryException} stops the pipeline.
 */
public class TributaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TributaryException(String message) {
    super(message);
  }

  public TributaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
