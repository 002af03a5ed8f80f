package io.tributary.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.TableChanges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BatchFolderTest {
  static final TableSchema T = new TableSchema(new TableId("db", "t"),
      List.of(new Column("id", DataType.bytes(8), false), new Column("v", DataType.int32(), true)), List.of("id"), 1);
  /** A table with a column a source may leave unchanged (like a TOASTed text). */
  static final TableSchema U = new TableSchema(new TableId("db", "u"),
      List.of(new Column("id", DataType.bytes(8), false), new Column("v", DataType.int32(), true),
          new Column("text", DataType.string(-1), true)), List.of("id"), 1);
  static final SourcePosition P = new SourcePosition() {
    @Override public String encode() { return "p"; }
    @Override public boolean isSnapshot() { return false; }
    @Override public int compareTo(SourcePosition o) { return 0; }
  };

  /** One generated change; {@code keepText} asks for an UPDATE that leaves {@code text} unchanged. */
  record Change(int key, Integer value, String text, boolean keepText, boolean delete) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 99).injectNull(0.2),
            Arbitraries.of("a", "b", "c"), Arbitraries.of(true, false), Arbitraries.of(true, false, false))
        .as(Change::new).list().ofMaxSize(60);
  }

  /**
   * Applying the folded batch to any prior state gives what applying each change in turn gives,
   * where the target keeps a column whose value is {@link Unchanged} (a row missing at the target
   * would be rejected; a correct source only updates rows that exist, so none is).
   */
  @Property
  void foldedBatchEqualsSequentialApplication(@ForAll("changes") List<Change> changes) {
    Map<Integer, List<Object>> before = new HashMap<>(Map.of(1, List.of(7, "x"), 3, Arrays.asList(null, "y")));
    Map<Integer, List<Object>> sequential = new HashMap<>(before);
    BatchFolder folder = new BatchFolder();
    for (Change c : changes) {
      Object[] row = {new byte[] {(byte) c.key()}, c.value(), c.text()};
      List<Object> present = sequential.get(c.key());
      if (c.delete()) {
        sequential.remove(c.key());
        folder.add(new ChangeEvent(Operation.DELETE, U, row, null, P, 0, null));
      } else if (present == null) {
        sequential.put(c.key(), Arrays.asList(c.value(), c.text()));
        folder.add(new ChangeEvent(Operation.INSERT, U, null, row, P, 0, null));
      } else {
        Object[] after = {row[0], c.value(), c.keepText() ? Unchanged.VALUE : c.text()};
        sequential.put(c.key(), Arrays.asList(c.value(), c.keepText() ? present.get(1) : c.text()));
        folder.add(new ChangeEvent(Operation.UPDATE, U, row, after, P, 0, null));
      }
    }
    Map<Integer, List<Object>> folded = new HashMap<>(before);
    List<Integer> rejected = new ArrayList<>();
    for (TableChanges tc : folder.drain()) {
      for (Object[] d : tc.deletes()) {
        folded.remove((int) ((byte[]) d[0])[0]);
      }
      for (Object[] u : tc.upserts()) {
        applyUpsert(folded, u, rejected);
      }
    }
    assertThat(rejected).isEmpty();
    assertThat(folded).isEqualTo(sequential);
    assertThat(folder.isEmpty()).isTrue();
  }

  /** A target that keeps its value where the row carries the marker; a missing row is rejected. */
  private static void applyUpsert(Map<Integer, List<Object>> target, Object[] row, List<Integer> rejected) {
    int key = ((byte[]) row[0])[0];
    List<Object> current = target.get(key);
    if (Unchanged.anyIn(row) && current == null) {
      rejected.add(key);
      return;
    }
    List<Object> written = new ArrayList<>();
    for (int i = 1; i < row.length; i++) {
      written.add(row[i] == Unchanged.VALUE ? current.get(i - 1) : row[i]);
    }
    target.put(key, written);
  }

  @Test
  void anUnchangedColumnTakesTheValueOfTheUpsertAlreadyHeld() {
    BatchFolder folder = new BatchFolder();
    Object[] inserted = {new byte[] {2}, 1, "big"};
    Object[] updated = {new byte[] {2}, 5, Unchanged.VALUE};
    folder.add(new ChangeEvent(Operation.INSERT, U, null, inserted, P, 0, null));
    folder.add(new ChangeEvent(Operation.UPDATE, U, inserted, updated, P, 0, null));
    Object[] out = folder.drain().get(0).upserts().get(0);
    assertThat(out).containsExactly(new byte[] {2}, 5, "big");
    assertThat(updated[2]).as("the source's row is not modified").isSameAs(Unchanged.VALUE);
  }

  @Test
  void anUnchangedColumnWithoutAnUpsertHeldKeepsTheMarker() {
    BatchFolder folder = new BatchFolder();
    Object[] before = {new byte[] {2}, 1, "big"};
    Object[] first = {new byte[] {2}, 5, Unchanged.VALUE};
    Object[] second = {new byte[] {2}, 6, Unchanged.VALUE};
    folder.add(new ChangeEvent(Operation.UPDATE, U, before, first, P, 0, null));
    folder.add(new ChangeEvent(Operation.UPDATE, U, first, second, P, 0, null));
    Object[] out = folder.drain().get(0).upserts().get(0);
    assertThat(out[1]).isEqualTo(6);
    assertThat(out[2]).isSameAs(Unchanged.VALUE);
  }

  @Test
  void aHotRowCostsOneWrite() {
    BatchFolder folder = new BatchFolder();
    for (int i = 0; i < 1000; i++) {
      Object[] row = {new byte[] {1}, i};
      folder.add(new ChangeEvent(Operation.UPDATE, T, row, row, P, 0, null));
    }
    List<TableChanges> out = folder.drain();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).upserts()).hasSize(1);
    assertThat(out.get(0).upserts().get(0)[1]).isEqualTo(999);
  }

  @Test
  void insertThenDeleteStillDeletes() {
    BatchFolder folder = new BatchFolder();
    Object[] row = {new byte[] {4}, 1};
    folder.add(new ChangeEvent(Operation.INSERT, T, null, row, P, 0, null));
    folder.add(new ChangeEvent(Operation.DELETE, T, row, null, P, 0, null));
    TableChanges tc = folder.drain().get(0);
    assertThat(tc.upserts()).isEmpty();
    assertThat(tc.deletes()).hasSize(1);
  }

  @Test
  void anotherShapeOfTheSameTableIsNotAccepted() {
    BatchFolder folder = new BatchFolder();
    folder.add(new ChangeEvent(Operation.INSERT, T, null, new Object[] {new byte[] {1}, 1}, P, 0, null));
    TableSchema wider = new TableSchema(T.id(), List.of(T.columns().get(0), T.columns().get(1), new Column("w", DataType.int32(), true)), List.of("id"), 2);
    assertThat(folder.accepts(new ChangeEvent(Operation.INSERT, wider, null, new Object[] {new byte[] {2}, 1, 1}, P, 0, null))).isFalse();
  }
}
