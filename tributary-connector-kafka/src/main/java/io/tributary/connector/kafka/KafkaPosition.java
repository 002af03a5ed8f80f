package io.tributary.connector.kafka;

import io.tributary.api.event.SourcePosition;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a Kafka source is: per topic partition, the records done. A partition's entry {@code
 * (offset, rows)} means every record before {@code offset} is done, and of the record at {@code
 * offset} its first {@code rows} changes (a Canal message may carry several rows); {@code rows} is 0
 * at a record boundary. Text form: {@code kafka:topic/0=120&topic/1=7.2} ({@code .rows} only when
 * not 0; topic names cannot contain {@code /}, {@code =} or {@code &}).
 *
 * <p>Positions the source emits are computed lazily from the poll they belong to (most are never
 * encoded); they order by emission. Positions read back from text order by their entries: one is
 * before another when none of its partitions is ahead. Immutable once materialized; thread-safe.
 */
final class KafkaPosition implements SourcePosition {
  /** A partition's progress: records before {@code offset} done, and {@code rows} changes of the record at it. */
  record Progress(long offset, int rows) implements Comparable<Progress> {
    @Override
    public int compareTo(Progress o) {
      int c = Long.compare(offset, o.offset);
      return c != 0 ? c : Integer.compare(rows, o.rows);
    }

    @Override
    public String toString() {
      return rows == 0 ? Long.toString(offset) : offset + "." + rows;
    }
  }

  private final PollLog poll;
  private final int index;
  private volatile Map<String, Progress> progress;

  private KafkaPosition(PollLog poll, int index, Map<String, Progress> progress) {
    this.poll = poll;
    this.index = index;
    this.progress = progress;
  }

  /** The position after the {@code index}-th change of {@code poll}. */
  static KafkaPosition live(PollLog poll, int index) {
    return new KafkaPosition(poll, index, null);
  }

  /** A position of known progress per partition (key {@code topic/partition}). */
  static KafkaPosition of(Map<String, Progress> progress) {
    return new KafkaPosition(null, -1, Map.copyOf(progress));
  }

  /** Progress per partition, keyed {@code topic/partition}. */
  Map<String, Progress> progress() {
    Map<String, Progress> p = progress;
    if (p == null) {
      p = Map.copyOf(poll.progressAfter(index));
      progress = p;
    }
    return p;
  }

  static KafkaPosition decode(String text) {
    if (!text.startsWith("kafka:")) {
      throw new IllegalArgumentException("'" + text + "' is not a Kafka source position (kafka:topic/partition=offset&...)");
    }
    Map<String, Progress> out = new TreeMap<>();
    String body = text.substring("kafka:".length());
    if (!body.isEmpty()) {
      for (String pair : body.split("&")) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0 || pair.lastIndexOf('/', eq) <= 0) {
          throw new IllegalArgumentException("Kafka source position '" + text + "': '" + pair + "' is not topic/partition=offset");
        }
        String value = pair.substring(eq + 1);
        int dot = value.indexOf('.');
        try {
          out.put(pair.substring(0, eq), dot < 0 ? new Progress(Long.parseLong(value), 0)
              : new Progress(Long.parseLong(value.substring(0, dot)), Integer.parseInt(value.substring(dot + 1))));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Kafka source position '" + text + "': '" + value + "' is not an offset", e);
        }
      }
    }
    return of(out);
  }

  @Override
  public String encode() {
    StringBuilder out = new StringBuilder("kafka:");
    for (Map.Entry<String, Progress> e : new TreeMap<>(progress()).entrySet()) {
      if (out.length() > 6) {
        out.append('&');
      }
      out.append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }

  @Override
  public boolean isSnapshot() {
    return false;
  }

  @Override
  public int compareTo(SourcePosition other) {
    KafkaPosition o = (KafkaPosition) other;
    if (poll != null && o.poll != null) {
      return poll == o.poll ? Integer.compare(index, o.index) : Long.compare(poll.sequence(), o.poll.sequence());
    }
    boolean behind = false;
    boolean ahead = false;
    Map<String, Progress> mine = progress();
    Map<String, Progress> theirs = o.progress();
    for (String key : union(mine, theirs)) {
      Progress a = mine.getOrDefault(key, new Progress(-1, 0));
      Progress b = theirs.getOrDefault(key, new Progress(-1, 0));
      int c = a.compareTo(b);
      behind |= c < 0;
      ahead |= c > 0;
    }
    return behind == ahead ? (behind ? Long.compare(total(mine), total(theirs)) : 0) : behind ? -1 : 1;
  }

  private static java.util.Set<String> union(Map<String, Progress> a, Map<String, Progress> b) {
    java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  private static long total(Map<String, Progress> p) {
    return p.values().stream().mapToLong(Progress::offset).sum();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KafkaPosition k)) {
      return false;
    }
    if (poll != null && poll == k.poll) {
      return index == k.index; // the runtime compares neighbours often: no need to materialize
    }
    return progress().equals(k.progress());
  }

  @Override
  public int hashCode() {
    return progress().hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
