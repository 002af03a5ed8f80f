package io.tributary.runtime;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides the pipeline's fate: the first fatal error wins and starts the
 * shutdown; a stop request lets the pipeline drain and checkpoint. Thread-safe.
 */
final class PipelineControl {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineControl.class);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopping;
  private volatile Runnable onFailure = () -> {};

  void onFailure(Runnable r) {
    onFailure = r;
  }

  /** Records a fatal error (the first one is kept) and stops everything. */
  void fail(Throwable t) {
    if (failure.compareAndSet(null, t)) {
      LOG.error("pipeline failed: {}", t.getMessage());
      LOG.debug("failure detail", t);
      stopping = true;
      onFailure.run();
    }
  }

  void requestStop() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }

  Throwable failure() {
    return failure.get();
  }
}
