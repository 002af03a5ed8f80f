package io.tributary.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.event.Operation;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  private static CompiledTransform compile(String projection, String filter) {
    return TransformRule.parse("shop\\.orders", projection, filter).compile(Rows.SCHEMA);
  }

  private static List<String> names(TableSchema schema) {
    return schema.columns().stream().map(Column::name).toList();
  }

  @Test
  void noProjectionPassesEverythingThroughWithTheSameShape() {
    CompiledTransform transform = compile(null, null);
    assertThat(transform.output()).isEqualTo(Rows.SCHEMA);
    Object[] row = Rows.row();
    assertThat(transform.project(row, Rows.CONTEXT)).containsExactly(row).isNotSameAs(row);
    assertThat(transform.test(row, Rows.CONTEXT)).isTrue();
  }

  @Test
  void aReplacedColumnKeepsItsStarPositionAndNewColumnsAppend() {
    CompiledTransform transform =
        compile("*, UPPER(status) AS Status, amount * 100 AS amount_cents, __op__ AS op", null);
    List<String> names = names(transform.output());
    assertThat(names.subList(0, 3)).containsExactly("id", "Status", "amount");
    assertThat(names.subList(names.size() - 2, names.size())).containsExactly("amount_cents", "op");
    assertThat(names).hasSize(Rows.SCHEMA.columns().size() + 2);
    assertThat(transform.output().columns().get(1).type()).isEqualTo(DataType.string(-1));
    Object[] out = transform.project(Rows.row(1, "paid"), Rows.CONTEXT);
    assertThat(out[1]).isEqualTo("PAID");
    assertThat(out[out.length - 2]).isEqualTo(new BigDecimal("1250.00"));
    assertThat(out[out.length - 1]).isEqualTo("+U");
  }

  @Test
  void anItemBeforeTheStarAlsoReplacesTheStarColumn() {
    CompiledTransform transform = compile("qty * 2 AS amount, id AS key, *", null);
    assertThat(names(transform.output()).subList(0, 4)).containsExactly("key", "id", "status", "amount");
  }

  @Test
  void primaryKeyIsKeptOnlyWhenPassedThroughUnderItsName() {
    assertThat(compile("id, status", null).output().primaryKey()).containsExactly("id");
    assertThat(compile("ID, status", null).output().primaryKey()).containsExactly("id");
    assertThat(compile("id AS order_id, status", null).output().primaryKey()).isEmpty();
    assertThat(compile("*, id + 1 AS id", null).output().primaryKey()).isEmpty();
    assertThat(compile("status", null).output().primaryKey()).isEmpty();
    assertThat(compile("status, id", null).output().id()).isEqualTo(Rows.ORDERS);
    assertThat(compile("status, id", null).output().version()).isEqualTo(3);
  }

  @Test
  void passedThroughColumnsKeepTypeNullabilityAndSourceType() {
    TableSchema out = compile("id, amount AS total, 'x' AS lit, note || '' AS n", null).output();
    assertThat(out.columns().get(0)).isEqualTo(new Column("id", DataType.int64(), false, "bigint(20)"));
    assertThat(out.columns().get(1)).isEqualTo(new Column("total", DataType.decimal(10, 2), true));
    assertThat(out.columns().get(2).nullable()).isFalse();
    assertThat(out.columns().get(3).nullable()).isTrue();
  }

  @Test
  void metadataColumns() {
    CompiledTransform transform = compile(
        "__op__, __database__, __schema__ AS s, __table__ AS t, __commit_ts__ AS ts, __position__ AS p", null);
    assertThat(names(transform.output())).containsExactly("__op__", "__database__", "s", "t", "ts", "p");
    assertThat(transform.output().columns().get(4).type()).isEqualTo(DataType.timestampTz(3));
    Object[] out = transform.project(Rows.row(), Rows.CONTEXT);
    assertThat(out).containsExactly("+U", "shop", "shop", "orders",
        Instant.ofEpochMilli(1_700_000_000_123L), "mysql-bin.000042:1234");
    assertThat(rowKind(Operation.INSERT)).isEqualTo("+I");
    assertThat(rowKind(Operation.SNAPSHOT_READ)).isEqualTo("+I");
    assertThat(rowKind(Operation.DELETE)).isEqualTo("-D");
  }

  private static Object rowKind(Operation op) {
    RowContext context = new RowContext(op, Rows.ORDERS, 0, null);
    return compile("__op__ AS op", null).project(Rows.row(), context)[0];
  }

  @Test
  void filterDropsFalseAndNullRowsAndMaySeeProjectedNames() {
    CompiledTransform transform = compile("*, amount * 100 AS cents", "amount > 0 AND status <> 'TEST'");
    assertThat(transform.test(Rows.row(), Rows.CONTEXT)).isTrue();
    assertThat(transform.test(Rows.row(1, "TEST"), Rows.CONTEXT)).isFalse();
    assertThat(transform.test(Rows.row(1, null), Rows.CONTEXT)).isFalse();
    CompiledTransform byAlias = compile("*, amount * 100 AS cents", "cents > 1000 AND __op__ = '+U'");
    assertThat(byAlias.test(Rows.row(), Rows.CONTEXT)).isTrue();
    assertThat(byAlias.test(Rows.row(2, new BigDecimal("1.00")), Rows.CONTEXT)).isFalse();
  }

  @Test
  void unchangedMarkerPassesThroughButCannotBeComputedWith() {
    Object[] row = Rows.row(5, Unchanged.VALUE);
    CompiledTransform pass = compile("*, note AS n2", null);
    Object[] out = pass.project(row, Rows.CONTEXT);
    assertThat(out[5]).isSameAs(Unchanged.VALUE);
    assertThat(out[out.length - 1]).isSameAs(Unchanged.VALUE);
    assertThatThrownBy(() -> compile("UPPER(note) AS note", null).project(row, Rows.CONTEXT))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("`note`")
        .hasMessageContaining("not sent by the source")
        .hasMessageContaining("REPLICA IDENTITY FULL");
    assertThatThrownBy(() -> compile(null, "note IS NULL").test(row, Rows.CONTEXT))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("`note`");
  }

  @Test
  void duplicateOutputNamesAreRejected() {
    assertThatThrownBy(() -> compile("id, qty AS id", null))
        .isInstanceOf(TransformException.class)
        .hasMessageContaining("defines column `id` twice");
  }

  @Test
  void oneRuleCompilesAgainstSeveralShapes() {
    TransformRule rule = TransformRule.parse("r", "*, UPPER(status) AS status", "status <> 'X'");
    TableSchema narrow = new TableSchema(Rows.ORDERS,
        List.of(new Column("status", DataType.string(5), true)), List.of(), 1);
    CompiledTransform transform = rule.compile(narrow);
    assertThat(transform.project(new Object[] {"ab"}, Rows.CONTEXT)).containsExactly("AB");
    assertThat(rule.compile(Rows.SCHEMA).output().columns()).hasSize(13);
  }
}
