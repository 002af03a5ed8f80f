package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;

/** Where events go that a function failed on after its last retry. Thread-safe. */
@FunctionalInterface
public interface FailedEvents {

  /**
   * Records the event durably before returning.
   *
   * @param function the function's name
   * @param event the event as the function got it
   * @param attempts how many attempts were made
   * @param error what went wrong, one line
   * @param cause the last exception, or null (an error response)
   */
  void record(String function, ChangeEvent event, int attempts, String error, Throwable cause);
}
