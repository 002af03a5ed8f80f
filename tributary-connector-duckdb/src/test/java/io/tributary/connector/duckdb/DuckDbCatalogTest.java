package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuckDbCatalogTest {
  @Test
  void identifiersFoldAsciiCaseOnly() {
    assertThat(DuckDbCatalog.identifierKey("Order ID")).isEqualTo("order id");
    assertThat(DuckDbCatalog.identifierKey("ÄÖ")).isEqualTo("ÄÖ");
    assertThat(DuckDbCatalog.identifierKey("a\"B")).isEqualTo("a\"b");
  }

  @Test
  void targetNamesReplaceTheSourceSpellingOfExistingColumns() {
    TableSchema source = new TableSchema(new TableId("s", "t"), List.of(
        new Column("ID", DataType.int64(), false), new Column("Name", DataType.string(5), true), new Column("new", DataType.int32(), true)),
        List.of("ID"), 4);
    Map<String, DuckDbCatalog.ExistingColumn> existing = Map.of(
        "id", new DuckDbCatalog.ExistingColumn("id", false), "name", new DuckDbCatalog.ExistingColumn("name", true));
    TableSchema target = DuckDbCatalog.withTargetNames(source, existing);
    assertThat(target.columns()).extracting(Column::name).containsExactly("id", "name", "new");
    assertThat(target.primaryKey()).containsExactly("id");
    assertThat(target.columns()).extracting(Column::type).isEqualTo(source.columns().stream().map(Column::type).toList());
    assertThat(target.version()).isEqualTo(4);
  }
}
