package io.tributary.api.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpsertGroupsTest {
  static final TableSchema DOCS = new TableSchema(new TableId("d", "docs"), List.of(new Column("id", DataType.int32(), false),
      new Column("title", DataType.string(-1), true), new Column("body", DataType.string(-1), true)), List.of("id"), 1);
  static final Object KEEP = Unchanged.VALUE;

  private static Object[] row(Object... values) {
    return values;
  }

  private static List<Object[]> rows(Object[]... rows) {
    return Arrays.asList(rows);
  }

  @Test
  void aTableWithoutAKeyCannotMatchRowsWithMarkers() {
    TableSchema keyless = new TableSchema(new TableId("d", "log"), DOCS.columns(), List.of(), 1);
    assertThatThrownBy(() -> UpsertGroups.of(keyless, rows(row(1, "a", KEEP))))
        .isInstanceOf(TributaryException.class).hasMessageContaining("d.log").hasMessageContaining("no primary key");
  }

  @Test
  void rowsWithoutMarkersKeepTheirListAsItIs() {
    List<Object[]> rows = rows(row(1, "a", "x"), row(2, "b", null));
    UpsertGroups groups = UpsertGroups.of(DOCS, rows);
    assertThat(groups.complete()).isSameAs(rows);
    assertThat(groups.partial()).isEmpty();
  }

  @Test
  void rowsWithMarkersAreGroupedByTheirPresentColumnsInBatchOrder() {
    Object[] full1 = row(1, "a", "x");
    Object[] noBody2 = row(2, "b", KEEP);
    Object[] full3 = row(3, "c", "z");
    Object[] noTitle4 = row(4, KEEP, "w");
    Object[] noBody5 = row(5, null, KEEP);
    UpsertGroups groups = UpsertGroups.of(DOCS, rows(full1, noBody2, full3, noTitle4, noBody5));
    assertThat(groups.complete()).containsExactly(full1, full3);
    assertThat(groups.partial()).hasSize(2);
    assertThat(groups.partial().get(0).present()).containsExactly(0, 1);
    assertThat(groups.partial().get(0).rows()).containsExactly(noBody2, noBody5);
    assertThat(groups.partial().get(1).present()).containsExactly(0, 2);
    assertThat(groups.partial().get(1).rows()).containsExactly(noTitle4);
  }

  @Test
  void aMarkerInAKeyColumnIsABrokenSource() {
    assertThatThrownBy(() -> UpsertGroups.of(DOCS, rows(row(KEEP, "a", "x"))))
        .isInstanceOf(TributaryException.class).hasMessageContaining("d.docs").hasMessageContaining("key column id");
  }

  @Test
  void theReasonForAMissingRowNamesTheAbsentColumnsAndWhatToDo() {
    assertThat(UpsertGroups.missingRowReason(DOCS, new int[] {0, 1}))
        .contains("column(s) body of table d.docs").contains("does not exist at the target")
        .contains("value is unknown").contains("re-snapshot the table").doesNotContain("title");
  }
}
