package io.tributary.bench;

import java.util.Arrays;

/** Latency samples in microseconds, with percentiles. Thread-safe. */
final class Histogram {
  private long[] samples = new long[1 << 16];
  private int size;

  synchronized void record(long micros) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = micros;
  }

  synchronized int count() {
    return size;
  }

  /** The p-th percentile (0..100) in milliseconds, or NaN when empty. */
  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int i = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
    return sorted[Math.max(0, i)] / 1000.0;
  }
}
