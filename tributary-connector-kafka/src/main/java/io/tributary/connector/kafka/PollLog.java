package io.tributary.connector.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * The changes one poll of a Kafka source produced, in order: for each change its partition, its
 * record's offset and its row index in the record, plus the progress before the poll. Positions
 * of the poll's changes ({@link KafkaPosition#live}) are computed from it only when encoded. Filled
 * by the source thread, then only read.
 */
final class PollLog {
  private final long sequence;
  private final Map<String, KafkaPosition.Progress> before;
  private String[] partitions = new String[64];
  private long[] offsets = new long[64];
  private int[] rows = new int[64];
  private boolean[] lastOfRecord = new boolean[64];
  private int size;

  PollLog(long sequence, Map<String, KafkaPosition.Progress> before) {
    this.sequence = sequence;
    this.before = before;
  }

  long sequence() {
    return sequence;
  }

  /** Adds a change: row {@code row} of the record at {@code offset}; returns its index. */
  int add(String partition, long offset, int row, boolean last) {
    if (size == offsets.length) {
      int n = size * 2;
      partitions = java.util.Arrays.copyOf(partitions, n);
      offsets = java.util.Arrays.copyOf(offsets, n);
      rows = java.util.Arrays.copyOf(rows, n);
      lastOfRecord = java.util.Arrays.copyOf(lastOfRecord, n);
    }
    partitions[size] = partition;
    offsets[size] = offset;
    rows[size] = row;
    lastOfRecord[size] = last;
    return size++;
  }

  /** Progress after the change at {@code index}. */
  Map<String, KafkaPosition.Progress> progressAfter(int index) {
    Map<String, KafkaPosition.Progress> out = new HashMap<>(before);
    for (int i = 0; i <= index && i < size; i++) {
      out.put(partitions[i], lastOfRecord[i] ? new KafkaPosition.Progress(offsets[i] + 1, 0)
          : new KafkaPosition.Progress(offsets[i], rows[i] + 1));
    }
    return out;
  }
}
