package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;

/**
 * Receives what the functions emit, in source order.
 */
@FunctionalInterface
public interface Emitted {

  /**
   * One event to load.
   *
   * @param event the event, carrying the position of the change it came from
   * @param sink the only sink that gets it, or null for every sink that takes its table
   */
  void accept(ChangeEvent event, String sink) throws InterruptedException;
}
