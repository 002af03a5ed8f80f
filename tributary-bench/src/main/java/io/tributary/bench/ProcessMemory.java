package io.tributary.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's peak resident set size, as Linux keeps it ({@code VmHWM} in {@code /proc/<pid>/status}):
 * heap, metaspace, code cache, thread stacks and native buffers together.
 */
final class ProcessMemory {
  private ProcessMemory() {}

  /** This JVM's peak RSS in MB, or null where {@code /proc} is not available. */
  static Double peakRssMegabytes() {
    return peakRssMegabytes("self");
  }

  /** The peak RSS in MB of process {@code pid} ("self" for this one), or null once it is gone or not on Linux. */
  static Double peakRssMegabytes(String pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return Long.parseLong(kb) / 1024.0;
        }
      }
      return null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }
}
