package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The events of one chunk that hash to one instance, in source order, and how far the instance
 * got. The active instance moves {@link #cursor} and {@link #attempts}; when the supervisor replaces
 * an instance that timed out, it takes them over (under the old instance's lock, after marking it
 * abandoned, so the old one never touches them again).
 */
final class Partition {
  final List<ChangeEvent> events = new ArrayList<>();
  final List<Integer> indexes = new ArrayList<>();
  private final List<List<Output>> results;
  private final CountDownLatch done;
  int cursor;
  int attempts;
  boolean pauseFirst;
  volatile Throwable fatal;

  Partition(List<List<Output>> results, CountDownLatch done) {
    this.results = results;
    this.done = done;
  }

  void add(ChangeEvent e, int index) {
    events.add(e);
    indexes.add(index);
  }

  boolean finished() {
    return cursor >= events.size();
  }

  ChangeEvent current() {
    return events.get(cursor);
  }

  /** The outputs of the event at the cursor; moves on. */
  void complete(List<Output> outputs) {
    results.set(indexes.get(cursor), outputs);
    cursor++;
    attempts = 0;
  }

  /** The outputs of the {@code n} events from the cursor, all at the last one's place; moves on. */
  void completeBatch(int n, List<Output> outputs) {
    results.set(indexes.get(cursor + n - 1), outputs);
    cursor += n;
    attempts = 0;
  }

  CountDownLatch latch() {
    return done;
  }

  void done() {
    done.countDown();
  }

  void fail(Throwable t) {
    fatal = t;
    done.countDown();
  }
}
