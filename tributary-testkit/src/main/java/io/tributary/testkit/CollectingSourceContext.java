package io.tributary.testkit;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.source.SourceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@link SourceContext} for tests: keeps every event and schema change in order (or, when told,
 * only counts them, for volume tests), and lets the test thread wait for them.
 */
public final class CollectingSourceContext implements SourceContext {
  private final String pipelineName;
  private final boolean keepEvents;
  private final List<Object> output = new ArrayList<>();
  private long events;
  private long flushes;
  private long unflushed;
  private long largestUnflushed;
  private long firstEventNanos;

  public CollectingSourceContext(String pipelineName, boolean keepEvents) {
    this.pipelineName = pipelineName;
    this.keepEvents = keepEvents;
  }

  public CollectingSourceContext(String pipelineName) {
    this(pipelineName, true);
  }

  @Override
  public synchronized void emit(ChangeEvent event) {
    if (events++ == 0) {
      firstEventNanos = System.nanoTime();
    }
    unflushed++;
    largestUnflushed = Math.max(largestUnflushed, unflushed);
    if (keepEvents) {
      output.add(event);
    }
    notifyAll();
  }

  @Override
  public synchronized void emit(SchemaChange change) {
    output.add(change);
    notifyAll();
  }

  @Override
  public synchronized void flush() {
    flushes++;
    unflushed = 0;
  }

  @Override
  public String pipelineName() {
    return pipelineName;
  }

  public synchronized long eventCount() {
    return events;
  }

  /** When the first row event arrived, {@link System#nanoTime()}. */
  public synchronized long firstEventNanos() {
    return firstEventNanos;
  }

  public synchronized long flushes() {
    return flushes;
  }

  public synchronized long largestUnflushed() {
    return largestUnflushed;
  }

  /** The row events so far, in order. */
  public synchronized List<ChangeEvent> events() {
    return output.stream().filter(ChangeEvent.class::isInstance).map(ChangeEvent.class::cast).toList();
  }

  /** The schema changes so far, in order. */
  public synchronized List<SchemaChange> schemaChanges() {
    return output.stream().filter(SchemaChange.class::isInstance).map(SchemaChange.class::cast).toList();
  }

  /** Events and schema changes, in order. */
  public synchronized List<Object> output() {
    return List.copyOf(output);
  }

  /** Waits until at least {@code count} row events arrived; fails after {@code timeout}. */
  public synchronized List<ChangeEvent> awaitEvents(long count, Duration timeout) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (events < count) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout + " for " + count + " events, got " + events + ": " + tail());
      }
      wait(left);
    }
    return events();
  }

  /** Waits until a schema change matching {@code test} arrived. */
  public synchronized SchemaChange awaitSchemaChange(Predicate<SchemaChange> test, Duration timeout) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (true) {
      for (SchemaChange change : schemaChanges()) {
        if (test.test(change)) {
          return change;
        }
      }
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new AssertionError("waited " + timeout + " for a schema change; got " + schemaChanges());
      }
      wait(left);
    }
  }

  private List<Object> tail() {
    return output.subList(Math.max(0, output.size() - 5), output.size()).stream().map(Object::toString)
        .map(Object.class::cast).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }
}
