package io.tributary.connector.jdbc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresPartialStagingTest {
  private final PostgresDialect dialect = new PostgresDialect();
  private final TableSchema docs = new TableSchema(new TableId("shop", "docs"), List.of(
      new Column("id", DataType.int64(), false),
      new Column("ti\"tle", DataType.string(10), true),
      new Column("body", DataType.string(-1), true),
      new Column("tributary_row", DataType.int32(), true)), List.of("id"), 1);

  @Test
  void stagesThePresentColumnsWithAnOrdinalWhoseNameNoColumnHas() {
    PostgresPartialStaging s = new PostgresPartialStaging(dialect, docs, 2);
    assertThat(s.createTableSql).isEqualTo("CREATE TEMP TABLE \"tributary_partial_2\" ON COMMIT DELETE ROWS AS"
        + " SELECT 0::integer AS \"tributary_row_\", \"id\", \"ti\"\"tle\", \"body\", \"tributary_row\""
        + " FROM \"shop\".\"docs\" WITH NO DATA");
    assertThat(s.copySql(new int[] {0, 1, 3}))
        .isEqualTo("COPY pg_temp.\"tributary_partial_2\" (\"tributary_row_\", \"id\", \"ti\"\"tle\", \"tributary_row\") FROM STDIN");
  }

  @Test
  void updatesOnlyThePresentNonKeyColumnsOfRowsThatExistAndFindsTheOthers() {
    PostgresPartialStaging s = new PostgresPartialStaging(dialect, docs, 1);
    assertThat(s.updateSql(new int[] {0, 1})).isEqualTo("UPDATE \"shop\".\"docs\" AS t SET \"ti\"\"tle\" = d.\"ti\"\"tle\""
        + " FROM pg_temp.\"tributary_partial_1\" AS d WHERE t.\"id\" = d.\"id\"");
    assertThat(s.missingSql()).isEqualTo("SELECT d.\"tributary_row_\" FROM pg_temp.\"tributary_partial_1\" AS d"
        + " WHERE NOT EXISTS (SELECT 1 FROM \"shop\".\"docs\" AS t WHERE t.\"id\" = d.\"id\")");
    assertThat(s.updateSql(new int[] {0})).as("only the key is present: nothing to set").isNull();
  }
}
