package io.tributary.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static TableSchema table(String ns, String name) {
    return new TableSchema(new TableId(ns, name), List.of(new Column("id", DataType.int64(), false),
        new Column("amount", DataType.int32(), true)), List.of("id"), 1);
  }

  private static ChangeEvent update(TableSchema t, long id) {
    return new ChangeEvent(Operation.UPDATE, t, new Object[] {id, 1}, new Object[] {id, 2}, new TestPosition(id), 0L, null);
  }

  private final Router router = new Router(List.of(
      new TableRoute(Pattern.compile("shop_\\d+\\.orders_\\d+"), "shop.orders", "source_table"),
      new TableRoute(Pattern.compile("crm\\.(.*)"), "crm_mirror.$1", null)));

  @Test
  void shardsMergeIntoOneTableWhoseKeyIncludesTheSourceTable() {
    ChangeEvent a = router.route(update(table("shop_1", "orders_1"), 7));
    ChangeEvent b = router.route(update(table("shop_2", "orders_9"), 7));
    assertThat(a.schema().id()).isEqualTo(new TableId("shop", "orders"));
    assertThat(a.schema().primaryKey()).containsExactly("id", "source_table");
    assertThat(a.after()).containsExactly(7L, 2, "shop_1.orders_1");
    assertThat(a.before()).containsExactly(7L, 1, "shop_1.orders_1");
    assertThat(b.after()).containsExactly(7L, 2, "shop_2.orders_9");
    assertThat(a.schema().sameShape(b.schema())).isTrue();
  }

  @Test
  void groupsRenameAndUnmatchedTablesPassUnchanged() {
    ChangeEvent renamed = router.route(update(table("crm", "customers"), 1));
    assertThat(renamed.schema().id()).isEqualTo(new TableId("crm_mirror", "customers"));
    assertThat(renamed.after()).containsExactly(1L, 2);
    ChangeEvent other = update(table("hr", "staff"), 1);
    assertThat(router.route(other)).isSameAs(other);
  }

  @Test
  void aRoutedTableIsNeverDroppedForOneOfItsSourcesButFollowsItsShape() {
    TableSchema shard = table("shop_1", "orders_1");
    assertThat(router.route(new SchemaChange(SchemaChange.Kind.DROP_TABLE, shard.id(), shard, null, new TestPosition(1), null)))
        .isNull();
    SchemaChange alter = router.route(new SchemaChange(SchemaChange.Kind.ALTER_TABLE, shard.id(), shard,
        shard.withVersion(2), new TestPosition(2), "ALTER TABLE orders_1 ADD x int"));
    assertThat(alter.table()).isEqualTo(new TableId("shop", "orders"));
    assertThat(alter.after().columns()).extracting(Column::name).containsExactly("id", "amount", "source_table");
  }

  @Test
  void anAddedColumnThatExistsAlreadyIsRefusedNamingIt() {
    Router clash = new Router(List.of(new TableRoute(Pattern.compile(".*"), "all.t", "amount")));
    assertThatThrownBy(() -> clash.route(update(table("a", "b"), 1))).isInstanceOf(TributaryException.class)
        .hasMessageContaining("already has a column 'amount'");
  }
}
