package io.tributary.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.transform.TransformRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TransformerTest {
  private static final TableSchema ORDERS = new TableSchema(new TableId("shop", "orders"), List.of(
      new Column("id", DataType.int64(), false), new Column("status", DataType.string(20), true),
      new Column("amount", DataType.decimal(10, 2), true), new Column("email", DataType.string(80), true)), List.of("id"), 1);

  private static Transformer transformer(String projection, String filter, String softDelete, Map<String, Mask> masks) {
    return new Transformer(List.of(new TransformDefinition(Pattern.compile("shop\\.orders"),
        TransformRule.parse("transform[0]", projection, filter), List.of(), softDelete, masks)));
  }

  private static Object[] row(long id, String status, String amount) {
    return new Object[] {id, status, new BigDecimal(amount), "ada@example.com"};
  }

  private static ChangeEvent event(Operation op, Object[] before, Object[] after) {
    return new ChangeEvent(op, ORDERS, before, after, new TestPosition(1), 0L, null);
  }

  @Test
  void theTargetStaysEqualToTheFilteredSourceAcrossUpdates() {
    Transformer t = transformer("id, UPPER(status) AS status, amount", "amount > 0", null, Map.of());
    assertThat(t.apply(event(Operation.INSERT, null, row(1, "new", "0")))).isNull();
    ChangeEvent inserted = t.apply(event(Operation.INSERT, null, row(1, "new", "5")));
    assertThat(inserted.after()).containsExactly(1L, "NEW", new BigDecimal("5"));
    assertThat(inserted.schema().columns()).extracting(Column::name).containsExactly("id", "status", "amount");
    assertThat(t.apply(event(Operation.UPDATE, row(1, "a", "5"), row(1, "b", "6"))).op()).isEqualTo(Operation.UPDATE);
    ChangeEvent starts = t.apply(event(Operation.UPDATE, row(1, "a", "0"), row(1, "b", "6")));
    assertThat(starts.op()).isEqualTo(Operation.INSERT);
    ChangeEvent stops = t.apply(event(Operation.UPDATE, row(1, "a", "5"), row(1, "b", "0")));
    assertThat(stops.op()).isEqualTo(Operation.DELETE);
    assertThat(stops.before()[0]).isEqualTo(1L);
    assertThat(t.apply(event(Operation.UPDATE, row(1, "a", "0"), row(1, "b", "-1")))).isNull();
    assertThat(t.apply(event(Operation.DELETE, row(1, "a", "0"), null)).op()).as("deletes always pass").isEqualTo(Operation.DELETE);
  }

  @Test
  void softDeleteTurnsADeleteIntoAFlaggedUpsert() {
    Transformer t = transformer(null, null, "is_deleted", Map.of());
    ChangeEvent insert = t.apply(event(Operation.INSERT, null, row(2, "x", "1")));
    assertThat(insert.after()[4]).isEqualTo(false);
    ChangeEvent deleted = t.apply(event(Operation.DELETE, row(2, "x", "1"), null));
    assertThat(deleted.op()).isEqualTo(Operation.UPDATE);
    assertThat(deleted.after()[4]).isEqualTo(true);
    assertThat(deleted.before()[4]).isEqualTo(false);
    assertThat(deleted.schema().columns().get(4).type().kind()).isEqualTo(DataType.Kind.BOOLEAN);
  }

  @Test
  void masksHideTextColumns() {
    Transformer t = transformer(null, null, null, Map.of("email", Mask.parse("mask.email", "keep-last(11)"),
        "status", Mask.parse("mask.status", "hash")));
    ChangeEvent e = t.apply(event(Operation.INSERT, null, row(3, "paid", "1")));
    assertThat(e.after()[3]).isEqualTo("****example.com");
    assertThat((String) e.after()[1]).hasSize(64).isNotEqualTo("paid");
    assertThatThrownBy(() -> Mask.parse("mask.email", "scramble")).hasMessageContaining("hash, redact, keep-first(n) or keep-last(n)");
  }

  @Test
  void aProjectionThatDropsTheKeyIsRefusedNamingRuleAndKey() {
    Transformer t = transformer("status, amount", null, null, Map.of());
    assertThatThrownBy(() -> t.apply(event(Operation.INSERT, null, row(4, "x", "1")))).isInstanceOf(TributaryException.class)
        .hasMessageContaining("transform[0] on shop.orders").hasMessageContaining("keeps none of the key columns (id)");
  }

  @Test
  void otherTablesPassUntouched() {
    Transformer t = transformer("id", null, null, Map.of());
    TableSchema other = new TableSchema(new TableId("shop", "items"), ORDERS.columns(), List.of("id"), 1);
    ChangeEvent e = new ChangeEvent(Operation.INSERT, other, null, row(5, "x", "1"), new TestPosition(1), 0L, null);
    assertThat(t.apply(e)).isSameAs(e);
  }
}
