package io.tributary.connector.jdbc.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlStatementsTest {
  private final MySqlDialect dialect = new MySqlDialect();

  @Test
  void upsertsManyRowsAndUpdatesNonKeyColumns() {
    TableSchema schema = new TableSchema(new TableId("shop", "orders"), List.of(
        new Column("id", DataType.int64(), false),
        new Column("na`me", DataType.string(10), true)), List.of("id"), 1);
    MySqlStatements s = new MySqlStatements(dialect, schema);
    assertThat(s.upsert(3)).isEqualTo("INSERT INTO `shop`.`orders` (`id`, `na``me`) VALUES"
        + " (?,?),(?,?),(?,?) ON DUPLICATE KEY UPDATE `na``me` = VALUES(`na``me`)");
    assertThat(s.delete(2)).isEqualTo("DELETE FROM `shop`.`orders` WHERE `id` IN (?,?)");
  }

  @Test
  void compositeKeysDeleteByRowConstructorsAndKeyOnlyTablesUpdateNothing() {
    TableSchema schema = new TableSchema(new TableId("d", "link"), List.of(
        new Column("a", DataType.int32(), false),
        new Column("b", DataType.int32(), false)), List.of("a", "b"), 1);
    MySqlStatements s = new MySqlStatements(dialect, schema);
    assertThat(s.upsert(1)).isEqualTo("INSERT INTO `d`.`link` (`a`, `b`) VALUES (?,?)"
        + " ON DUPLICATE KEY UPDATE `a` = `a`");
    assertThat(s.delete(2)).isEqualTo("DELETE FROM `d`.`link` WHERE (`a`, `b`) IN ((?,?),(?,?))");
  }

  @Test
  void rowsWithColumnsLeftUnchangedUpdateOnlyThePresentColumnsByKey() {
    TableSchema schema = new TableSchema(new TableId("d", "docs"), List.of(
        new Column("title", DataType.string(-1), true),
        new Column("id", DataType.int32(), false),
        new Column("body", DataType.string(-1), true),
        new Column("v", DataType.int32(), true)), List.of("id"), 1);
    MySqlStatements s = new MySqlStatements(dialect, schema);
    assertThat(s.updatePresent(new int[] {0, 1, 3}))
        .isEqualTo("UPDATE `d`.`docs` SET `title` = ?, `v` = ? WHERE `id` = ?");
    assertThat(s.updatePresentParameters(new int[] {0, 1, 3})).containsExactly(0, 3, 1);
    assertThat(s.updatePresent(new int[] {1})).isEqualTo("UPDATE `d`.`docs` SET `id` = `id` WHERE `id` = ?");
    assertThat(s.updatePresentParameters(new int[] {1})).containsExactly(1);
  }
}
