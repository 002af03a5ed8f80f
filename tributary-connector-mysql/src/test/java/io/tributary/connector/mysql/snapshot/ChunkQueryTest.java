package io.tributary.connector.mysql.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.schema.MySqlColumn;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkQueryTest {

  private static MySqlTable table(List<String> key) {
    List<MySqlColumn> columns = List.of(
        new MySqlColumn(new Column("a", DataType.int32(), false), "int", false, null),
        new MySqlColumn(new Column("b`x", DataType.string(10), false), "varchar", false, null),
        new MySqlColumn(new Column("c", DataType.int64(), true), "bigint", false, null));
    List<Column> logical = columns.stream().map(MySqlColumn::column).toList();
    return new MySqlTable(new TableSchema(new TableId("shop", "order items"), logical, key, 1), columns, 10);
  }

  @Test
  void singleColumnKey() {
    ChunkQuery query = ChunkQuery.of(table(List.of("a")), 1000);
    assertThat(query.first()).isEqualTo("SELECT `a`, `b``x`, `c` FROM `shop`.`order items` ORDER BY `a` LIMIT 1000");
    assertThat(query.next()).isEqualTo(
        "SELECT `a`, `b``x`, `c` FROM `shop`.`order items` WHERE (`a` > ?) ORDER BY `a` LIMIT 1000");
    assertThat(query.parameterKeyIndexes()).containsExactly(0);
  }

  @Test
  void compositeKeyIsExpandedIntoRanges() {
    ChunkQuery query = ChunkQuery.of(table(List.of("a", "b`x", "c")), 5);
    assertThat(query.next()).contains(
        "WHERE (`a` > ?) OR (`a` = ? AND `b``x` > ?) OR (`a` = ? AND `b``x` = ? AND `c` > ?) ORDER BY `a`, `b``x`, `c` LIMIT 5");
    assertThat(query.parameterKeyIndexes()).containsExactly(0, 0, 1, 0, 1, 2);
  }

  @Test
  void firstRowsAreInKeyOrderWhenThereIsAKey() {
    assertThat(ChunkQuery.firstRows(table(List.of("a", "c")), 3))
        .isEqualTo("SELECT `a`, `b``x`, `c` FROM `shop`.`order items` ORDER BY `a`, `c` LIMIT 3");
    assertThat(ChunkQuery.firstRows(table(List.of()), 7))
        .isEqualTo("SELECT `a`, `b``x`, `c` FROM `shop`.`order items` LIMIT 7");
  }
}
