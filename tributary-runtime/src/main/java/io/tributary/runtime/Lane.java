package io.tributary.runtime;

import io.tributary.api.Backoff;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.runtime.batch.LaneBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane of one sink: a thread that takes event groups and barriers from its bounded queue,
 * collects events into a micro-batch (folded per key, or in order for a change-log sink) and writes it with the position of its last event. A batch is
 * written when it reaches the batch size, at each barrier (which it then acknowledges), and when
 * the queue has stayed dry until the batch's oldest event is {@code batchLinger} old: under a
 * stream of small source transactions the lane then writes one transaction where it would write
 * dozens, for at most that much added latency; a lane that is behind never waits.
 *
 * <p>A target that is down is retried with backoff forever (the queue fills and the source
 * waits); after a reconnect the lane asks the target whether the batch committed after all before
 * it writes it again.
 */
final class Lane implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
  static final Object STOP = new Object();

  private final String sinkName;
  private final Sink sink;
  private final int lane;
  private final int batchSize;
  private final long lingerNanos;
  private final BlockingQueue<Object> queue;
  private final CheckpointCoordinator coordinator;
  private final PipelineControl control;
  private final PipelineMetrics metrics;
  private final LaneBuffer folder;
  private SinkWriter writer;
  private SourcePosition last;
  private String committed;
  private long pendingEvents;
  private long flushDeadline;

  Lane(String sinkName, Sink sink, boolean changeLog, int lane, int batchSize, Duration batchLinger, int queueChunks,
      CheckpointCoordinator coordinator, PipelineControl control, PipelineMetrics metrics) {
    this.sinkName = sinkName;
    this.folder = LaneBuffer.forSink(changeLog);
    this.sink = sink;
    this.lane = lane;
    this.batchSize = batchSize;
    this.lingerNanos = batchLinger.toNanos();
    this.queue = new ArrayBlockingQueue<>(queueChunks);
    this.coordinator = coordinator;
    this.control = control;
    this.metrics = metrics;
  }

  /** Hands a group of events or a barrier to this lane; blocks while the lane is full. */
  void put(Object item) throws InterruptedException {
    queue.put(item);
  }

  @Override
  public void run() {
    try {
      writer = openWriter();
      committed = writer.committedPosition();
      while (true) {
        Object item = next();
        if (item == null) {
          flush(last);
          continue;
        }
        if (item == STOP) {
          return;
        }
        if (item instanceof Barrier b) {
          flush(b.position());
          coordinator.acknowledge(b);
        } else {
          take(castEvents(item));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      control.fail(t);
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
  }

  /**
   * The next queued item; null when the batch held should be written now: the queue is dry and
   * the batch's linger time is up.
   */
  private Object next() throws InterruptedException {
    if (folder.isEmpty()) {
      return queue.take();
    }
    long wait = flushDeadline - System.nanoTime();
    return wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
  }

  @SuppressWarnings("unchecked")
  private static List<ChangeEvent> castEvents(Object item) {
    return (List<ChangeEvent>) item;
  }

  /**
   * Adds events to the batch. A full batch is written before the next event that has a new
   * position, never between events that share one (the delete and insert a key change becomes):
   * the lane's committed position says everything up to it is written, so a batch must not end
   * inside a position.
   */
  private void take(List<ChangeEvent> events) throws InterruptedException {
    for (ChangeEvent e : events) {
      boolean newPosition = last == null || !last.equals(e.position());
      if (newPosition && (!folder.accepts(e) || folder.size() >= batchSize)) {
        flush(last);
      }
      if (folder.isEmpty()) {
        flushDeadline = System.nanoTime() + lingerNanos;
      }
      folder.add(e);
      last = e.position();
      pendingEvents++;
    }
  }

  private void flush(SourcePosition position) throws InterruptedException {
    if (position == null || (folder.isEmpty() && position.encode().equals(committed))) {
      return;
    }
    SinkBatch batch = folder.drain(lane, position);
    write(batch);
    committed = position.encode();
    metrics.written(sinkName, pendingEvents, batch.size());
    pendingEvents = 0;
  }

  private void write(SinkBatch batch) throws InterruptedException {
    Backoff backoff = new Backoff();
    while (true) {
      try {
        writer.write(batch);
        if (backoff.waits() > 0) {
          LOG.info("sink '{}' lane {}: target reachable again, batch written", sinkName, lane);
        }
        return;
      } catch (RetriableException e) {
        LOG.warn("sink '{}' lane {}: {} — retrying in {}", sinkName, lane, e.getMessage(), backoff.pause());
        giveUpIfStopping(e);
        reopen();
        if (batch.position().encode().equals(writer.committedPosition())) {
          LOG.info("sink '{}' lane {}: the batch had committed before the connection was lost", sinkName, lane);
          return;
        }
      }
    }
  }

  private void reopen() throws InterruptedException {
    try {
      writer.close();
    } catch (RuntimeException ignored) {
      // the connection is already broken
    }
    writer = openWriter();
  }

  private SinkWriter openWriter() throws InterruptedException {
    Backoff backoff = new Backoff();
    while (true) {
      try {
        return sink.openWriter(lane);
      } catch (RetriableException e) {
        LOG.warn("sink '{}' lane {}: cannot connect: {} — retrying in {}", sinkName, lane, e.getMessage(), backoff.pause());
        giveUpIfStopping(e);
      }
    }
  }

  private void giveUpIfStopping(RetriableException e) {
    if (control.stopping()) {
      throw new TributaryException("sink '" + sinkName + "' lane " + lane
          + ": stopped while the target was unavailable; uncommitted changes will be written after restart", e);
    }
  }
}
