package io.tributary.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the JVM's used heap every 20 ms on a daemon thread and keeps the peak (garbage not yet
 * collected included, so it is an upper bound of what the pipeline needs).
 */
final class HeapSampler {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static volatile long peak;

  private HeapSampler() {}

  static void start() {
    Thread t = new Thread(() -> {
      while (true) {
        peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    t.setDaemon(true);
    t.start();
  }

  static void reset() {
    System.gc();
    peak = MEMORY.getHeapMemoryUsage().getUsed();
  }

  static double peakMegabytes() {
    return peak / (1024.0 * 1024.0);
  }

  static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
