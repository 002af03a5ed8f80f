package io.tributary.connector.postgres.position;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A chunk of the initial copy. Every row read in the chunk carries this position.
 *
 * <p>Resuming from it: the tables ordered before {@code table} are done; {@code table} is read
 * again from this chunk on (rows whose primary key is greater than {@code after}); then the
 * remaining tables; then the replication slot is streamed from where it stands (the copy never
 * confirms anything to the slot, so it still holds the WAL from before the copy).
 *
 * <p>Ordered by table ({@link TableId} order, the order tables are copied in), then chunk ordinal;
 * every snapshot position orders before every {@link WalPosition}.
 *
 * @param table the table being copied
 * @param chunk the chunk's ordinal within the table, from 0
 * @param after the primary-key values, as PostgreSQL prints them, after which the chunk starts;
 *     null for the first chunk of a table
 */
public record SnapshotPosition(TableId table, long chunk, List<String> after) implements PostgresPosition {

  private static final Comparator<List<String>> KEY_ORDER =
      Comparator.nullsFirst(
          (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
              int c = a.get(i).compareTo(b.get(i));
              if (c != 0) {
                return c;
              }
            }
            return Integer.compare(a.size(), b.size());
          });

  private static final Comparator<SnapshotPosition> ORDER =
      Comparator.comparing(SnapshotPosition::table)
          .thenComparingLong(SnapshotPosition::chunk)
          .thenComparing(SnapshotPosition::after, KEY_ORDER);

  public SnapshotPosition {
    Objects.requireNonNull(table, "table");
    if (chunk < 0) {
      throw new IllegalArgumentException("chunk ordinal must not be negative: " + chunk);
    }
    if (after != null) {
      if (after.isEmpty()) {
        throw new IllegalArgumentException("chunk lower bound has no key values");
      }
      after = List.copyOf(after);
    }
  }

  /** The first chunk of {@code table}. */
  public static SnapshotPosition firstChunk(TableId table) {
    return new SnapshotPosition(table, 0, null);
  }

  /** The chunk after this one, starting after the key {@code lastKey}. */
  public SnapshotPosition next(List<String> lastKey) {
    return new SnapshotPosition(table, chunk + 1, lastKey);
  }

  @Override
  public boolean isSnapshot() {
    return true;
  }

  @Override
  public String encode() {
    return PositionText.encode(this);
  }

  @Override
  public int compareTo(SourcePosition other) {
    if (other instanceof SnapshotPosition snapshot) {
      return ORDER.compare(this, snapshot);
    }
    if (other instanceof WalPosition) {
      return -1;
    }
    throw new IllegalArgumentException("not a PostgreSQL position: " + other);
  }

  @Override
  public String toString() {
    return "snapshot " + table + " chunk " + chunk + (after != null ? " after " + after : "");
  }
}
