package io.tributary.runtime.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.TableChanges;
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
  static final SourcePosition P = new SourcePosition() {
    @Override public String encode() { return "p"; }
    @Override public boolean isSnapshot() { return false; }
    @Override public int compareTo(SourcePosition o) { return 0; }
  };

  record Change(int key, Integer value, boolean delete) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 99).injectNull(0.2),
            Arbitraries.of(true, false, false))
        .as(Change::new).list().ofMaxSize(60);
  }

  /** Applying the folded batch to any prior state gives what applying each change in turn gives. */
  @Property
  void foldedBatchEqualsSequentialApplication(@ForAll("changes") List<Change> changes) {
    Map<Integer, Integer> before = new HashMap<>(Map.of(1, 7, 3, 9));
    Map<Integer, Integer> sequential = new HashMap<>(before);
    BatchFolder folder = new BatchFolder();
    for (Change c : changes) {
      Object[] row = {new byte[] {(byte) c.key()}, c.value()};
      if (c.delete()) {
        sequential.remove(c.key());
        folder.add(new ChangeEvent(Operation.DELETE, T, row, null, P, 0, null));
      } else {
        sequential.put(c.key(), c.value());
        Operation op = c.value() != null && c.value() % 2 == 0 ? Operation.INSERT : Operation.UPDATE;
        folder.add(new ChangeEvent(op, T, op == Operation.UPDATE ? row : null, row, P, 0, null));
      }
    }
    Map<Integer, Integer> folded = new HashMap<>(before);
    for (TableChanges tc : folder.drain()) {
      for (Object[] d : tc.deletes()) {
        folded.remove((int) ((byte[]) d[0])[0]);
      }
      for (Object[] u : tc.upserts()) {
        folded.put((int) ((byte[]) u[0])[0], (Integer) u[1]);
      }
    }
    assertThat(folded).isEqualTo(sequential);
    assertThat(folder.isEmpty()).isTrue();
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
