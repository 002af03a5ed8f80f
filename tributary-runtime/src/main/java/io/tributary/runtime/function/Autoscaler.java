package io.tributary.runtime.function;

/**
 * Decides how many instances a function runs: enough to work off the current backlog within the
 * target time at the measured cost per event, between the function's minimum and maximum. The
 * backlog is what waits in the pipeline plus what the source has not delivered yet (estimated from
 * the commit lag). It adds
 * instances at once and retires one at a time, each only after the backlog has asked for fewer for
 * the whole scale-down delay, so a short lull does not shed instances a burst needs again. Not
 * thread-safe: the stage's supervising thread owns it.
 */
final class Autoscaler {
  /** How fast the instances should be able to work off a backlog. */
  static final long TARGET_NANOS = 1_000_000_000L;
  private static final double SMOOTHING = 0.3;
  private final int min;
  private final int max;
  private final long scaleDownAfterNanos;
  private double nanosPerEvent = -1;
  private boolean low;
  private long lowSinceNanos;

  Autoscaler(int min, int max, long scaleDownAfterNanos) {
    this.min = min;
    this.max = max;
    this.scaleDownAfterNanos = scaleDownAfterNanos;
  }

  /** Takes a measurement: {@code busyNanos} of calls for {@code events} events. */
  void measured(long events, long busyNanos) {
    if (events <= 0) {
      return;
    }
    double sample = (double) busyNanos / events;
    nanosPerEvent = nanosPerEvent < 0 ? sample : nanosPerEvent + SMOOTHING * (sample - nanosPerEvent);
  }

  /** The measured cost of one event, in nanoseconds; a guess of 1 ms before the first measurement. */
  double nanosPerEvent() {
    return nanosPerEvent < 0 ? 1_000_000 : nanosPerEvent;
  }

  /** How many instances to run now, given {@code current} and the events waiting. */
  int desired(int current, long backlog, long nowNanos) {
    double work = backlog * nanosPerEvent();
    int wanted = (int) Math.min(max, Math.max(min, Math.ceil(work / TARGET_NANOS)));
    if (wanted >= current) {
      low = false;
      return wanted;
    }
    if (!low) {
      low = true;
      lowSinceNanos = nowNanos;
      return current;
    }
    if (nowNanos - lowSinceNanos >= scaleDownAfterNanos) {
      lowSinceNanos = nowNanos; // the next step down waits a whole delay again
      return current - 1;
    }
    return current;
  }

  /** Events to give the instances at once: about 200 ms of work each, 16 to 4,096 in all. */
  int chunkSize(int instances) {
    double perChunk = instances * (TARGET_NANOS / 5.0) / nanosPerEvent();
    return (int) Math.max(16, Math.min(4096, perChunk));
  }
}
