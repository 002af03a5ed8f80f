package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.function.FatalFunctionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running instance of a function: a thread that starts the function, then handles the
 * partitions it is given, one at a time, with retries and dead letters. A call into user code is
 * timed ({@link #overdue}); the supervisor may {@linkplain #abandon abandon} an overdue instance,
 * after which it publishes nothing more and ends when the call returns.
 */
abstract class Instance implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(Instance.class);
  private static final Partition RETIRE = new Partition(List.of(), null);
  private static final long MAX_PAUSE_MILLIS = 30_000;

  final FunctionDefinition definition;
  final int serial;
  final FunctionCounters counters;
  final FailedEvents failed;
  private final BlockingQueue<Partition> inbox = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final Object lock = new Object();
  private volatile long callStartedNanos;
  private boolean abandoned;
  private Thread thread;
  volatile Partition current;

  Instance(FunctionDefinition definition, int serial, FunctionCounters counters, FailedEvents failed) {
    this.definition = definition;
    this.serial = serial;
    this.counters = counters;
    this.failed = failed;
  }

  /** Starts the thread and waits until the function is open; its exception when it fails to open. */
  final void start(String pipeline) throws Exception {
    thread = new Thread(this, pipeline + "-function-" + definition.name() + "-" + serial);
    thread.setDaemon(true); // a call that ignores interrupts must not keep the process alive
    thread.start();
    try {
      started.get(definition.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } catch (TimeoutException e) {
      thread.interrupt();
      throw new IllegalStateException("open() did not return within the timeout of " + definition.timeout(), e);
    }
  }

  /** Opens the function on this instance's thread. */
  abstract void open() throws Exception;

  /** Handles the partition from its cursor to its end; returns early only when abandoned. */
  abstract void process(Partition p) throws InterruptedException;

  /** Releases the function; on this instance's thread. */
  abstract void closeFunction();

  @Override
  public final void run() {
    try {
      open();
      started.complete(null);
    } catch (Throwable t) {
      started.completeExceptionally(t);
      return;
    }
    try {
      for (Partition p = inbox.take(); p != RETIRE; p = inbox.take()) {
        current = p;
        if (!handle(p)) {
          return; // abandoned: the supervisor owns the partition now
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeFunction();
    }
  }

  private boolean handle(Partition p) throws InterruptedException {
    try {
      if (p.pauseFirst) {
        p.pauseFirst = false;
        pause(p.attempts);
      }
      process(p);
      if (isAbandoned()) {
        return false;
      }
      p.done();
    } catch (FatalFunctionException e) {
      if (!isAbandoned()) {
        p.fail(e);
      }
    } catch (RuntimeException e) { // the dead-letter limit, or a bug of ours
      if (!isAbandoned()) {
        p.fail(e);
      }
    }
    return true;
  }

  final void submit(Partition p) {
    inbox.add(p);
  }

  /** Ends the instance after the work it has; the function is closed on its own thread. */
  final void retire() {
    inbox.add(RETIRE);
  }

  /** Marks the start of a call into user code (or an HTTP request). */
  final void callStarted() {
    callStartedNanos = System.nanoTime();
  }

  /**
   * Marks the end of the call; returns false when the instance was abandoned meanwhile, in which
   * case the caller must drop what the call produced and return.
   */
  final boolean callEnded() {
    long start = callStartedNanos;
    callStartedNanos = 0;
    counters.busy(System.nanoTime() - start);
    synchronized (lock) {
      return !abandoned;
    }
  }

  final boolean isAbandoned() {
    synchronized (lock) {
      return abandoned;
    }
  }

  /** Whether a call has run longer than the timeout; if so, abandons the instance and interrupts it. */
  final boolean abandonIfOverdue(long nowNanos, Duration timeout) {
    synchronized (lock) {
      long start = callStartedNanos;
      if (abandoned || start == 0 || nowNanos - start <= timeout.toNanos()) {
        return false;
      }
      abandoned = true;
    }
    LOG.warn("function '{}' instance {}: a call ran past the timeout of {}; interrupting it and starting a new instance",
        definition.name(), serial, timeout);
    thread.interrupt();
    return true;
  }

  /**
   * Records a failed attempt at the {@code n} events from the cursor; pauses before the next
   * attempt, or dead-letters them after the last retry.
   */
  final void failedAttempt(Partition p, int n, String error, Throwable cause, boolean timedOut) throws InterruptedException {
    counters.failed(timedOut);
    p.attempts++;
    if (p.attempts > definition.retries()) {
      deadLetter(p, n, error, cause);
    } else {
      LOG.warn("function '{}': attempt {} of {} at {} failed: {}", definition.name(), p.attempts,
          definition.retries() + 1, p.current(), error);
      pause(p.attempts);
    }
  }

  /**
   * Counts the attempt a replaced instance timed out on; pauses (on this instance's thread) before
   * the retry, or dead-letters the event after the last one. Called by the supervisor before this
   * instance gets the partition.
   */
  final void failedAttemptOnTimeout(Partition p) {
    counters.failed(true);
    p.attempts++;
    if (p.attempts > definition.retries()) {
      deadLetter(p, 1, "timed out after " + definition.timeout() + " (the call was interrupted)", null);
    } else {
      p.pauseFirst = true;
    }
  }

  /** Sends {@code n} events from the cursor to the dead letters and moves on. */
  final void deadLetter(Partition p, int n, String error, Throwable cause) {
    int attempts = p.attempts;
    LOG.error("function '{}': giving up on {} event(s) from {} after {} attempt(s): {}", definition.name(), n, p.current(),
        attempts, error);
    for (int i = 0; i < n; i++) {
      ChangeEvent e = p.events.get(p.cursor + i);
      failed.record(definition.name(), e, attempts, error, cause);
    }
    counters.deadLettered(n);
    p.completeBatch(n, List.of());
  }

  private void pause(int attempts) throws InterruptedException {
    long millis = definition.retryBackoff().toMillis() << Math.min(20, Math.max(0, attempts - 1));
    Thread.sleep(Math.min(MAX_PAUSE_MILLIS, Math.max(1, millis)));
  }
}
