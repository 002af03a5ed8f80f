package io.tributary.api.sink;

import io.tributary.api.TributaryException;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The upsert rows of one table split by the columns they carry, for sinks that honour {@link
 * Unchanged#VALUE}: complete rows, written the usual way, and groups of rows holding the marker in
 * the same columns, whose present columns only are written to rows that already exist. A batch
 * without markers costs one scan and keeps its list as it is. Immutable once built.
 */
public final class UpsertGroups {
  private final List<Object[]> complete;
  private final List<Partial> partial;

  private UpsertGroups(List<Object[]> complete, List<Partial> partial) {
    this.complete = complete;
    this.partial = partial;
  }

  /**
   * Rows that share which columns are present.
   *
   * @param present positions of the present columns in schema order, key columns included
   * @param rows the rows, in batch order
   */
  public record Partial(int[] present, List<Object[]> rows) {}

  /**
   * Splits {@code rows} of {@code schema}.
   *
   * @throws TributaryException when a key column holds the marker (a source broke its contract)
   */
  public static UpsertGroups of(TableSchema schema, List<Object[]> rows) {
    int first = firstMarked(rows);
    if (first < 0) {
      return new UpsertGroups(rows, List.of());
    }
    int[] key = schema.primaryKeyIndexes();
    if (key.length == 0) {
      throw new TributaryException("table " + schema.id() + " has no primary key, so a row with columns the source"
          + " left unchanged cannot be matched at the target; give the table a key, or use REPLICA IDENTITY FULL");
    }
    List<Object[]> complete = new ArrayList<>(rows.subList(0, first));
    Map<BitSet, List<Object[]>> groups = new LinkedHashMap<>();
    for (Object[] row : rows.subList(first, rows.size())) {
      BitSet absent = absentColumns(row);
      if (absent.isEmpty()) {
        complete.add(row);
      } else {
        requireKeyPresent(schema, key, absent);
        groups.computeIfAbsent(absent, a -> new ArrayList<>()).add(row);
      }
    }
    List<Partial> partial = new ArrayList<>(groups.size());
    groups.forEach((absent, group) -> partial.add(new Partial(present(absent, schema.columns().size()), group)));
    return new UpsertGroups(complete, partial);
  }

  /** Rows carrying every column: written by the fast path. */
  public List<Object[]> complete() {
    return complete;
  }

  /** Groups of rows with absent columns; empty when the batch has no marker. */
  public List<Partial> partial() {
    return partial;
  }

  /** Why a row of {@code group} that does not exist at the target cannot be written. */
  public static String missingRowReason(TableSchema schema, int[] present) {
    StringJoiner absent = new StringJoiner(", ");
    int next = 0;
    for (int i = 0; i < schema.columns().size(); i++) {
      if (next < present.length && present[next] == i) {
        next++;
      } else {
        absent.add(schema.columns().get(i).name());
      }
    }
    return "the source left column(s) " + absent + " of table " + schema.id() + " unchanged without sending"
        + " their value (e.g. a PostgreSQL TOASTed value under REPLICA IDENTITY DEFAULT), and the row does not exist"
        + " at the target, so their value is unknown and the row was not written; re-snapshot the table (and"
        + " consider REPLICA IDENTITY FULL at the source)";
  }

  private static int firstMarked(List<Object[]> rows) {
    for (int r = 0; r < rows.size(); r++) {
      if (Unchanged.anyIn(rows.get(r))) {
        return r;
      }
    }
    return -1;
  }

  private static BitSet absentColumns(Object[] row) {
    BitSet absent = new BitSet(row.length);
    for (int i = 0; i < row.length; i++) {
      if (row[i] == Unchanged.VALUE) {
        absent.set(i);
      }
    }
    return absent;
  }

  private static void requireKeyPresent(TableSchema schema, int[] key, BitSet absent) {
    for (int k : key) {
      if (absent.get(k)) {
        throw new TributaryException("table " + schema.id() + ": key column " + schema.columns().get(k).name()
            + " of an upserted row holds the 'unchanged' marker, which only non-key columns of an UPDATE may hold;"
            + " the source is broken — report it");
      }
    }
  }

  private static int[] present(BitSet absent, int width) {
    int[] present = new int[width - absent.cardinality()];
    int n = 0;
    for (int i = absent.nextClearBit(0); i < width; i = absent.nextClearBit(i + 1)) {
      present[n++] = i;
    }
    return present;
  }
}
