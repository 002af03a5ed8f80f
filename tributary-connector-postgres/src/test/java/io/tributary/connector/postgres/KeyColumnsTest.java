package io.tributary.connector.postgres;

import io.tributary.api.schema.TableFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyColumnsTest {

  @Test
  void parsesTablesAndColumns() {
    KeyColumns keys = KeyColumns.parse(" public.events : id , at ; my.schema.log:seq;");
    assertThat(keys.of(new TableId("public", "events"))).contains(List.of("id", "at"));
    assertThat(keys.of(new TableId("my.schema", "log"))).contains(List.of("seq"));
    assertThat(keys.of(new TableId("public", "other"))).isEmpty();
    assertThat(KeyColumns.parse(null).isEmpty()).isTrue();
  }

  @Test
  void refusesEntriesWithoutSchemaOrColumns() {
    assertThatThrownBy(() -> KeyColumns.parse("events:id")).hasMessageContaining("schema.table:col1,col2");
    assertThatThrownBy(() -> KeyColumns.parse("public.events")).hasMessageContaining("schema.table:col1,col2");
    assertThatThrownBy(() -> KeyColumns.parse("public.events: ,")).hasMessageContaining("names no key column");
  }

  @Test
  void tableFilterMatchesWholeNamesAndSkipsSystemSchemas() {
    TableFilter filter = PostgresSourceConfig.tableFilter("public\\.ord.*, crm\\.(a|b)", "public\\.orders_tmp");
    assertThat(filter.test(new TableId("public", "orders"))).isTrue();
    assertThat(filter.test(new TableId("public", "orders_tmp"))).isFalse();
    assertThat(filter.test(new TableId("crm", "b"))).isTrue();
    assertThat(filter.test(new TableId("xpublic", "orders"))).isFalse();
    assertThat(PostgresSourceConfig.tableFilter(".*", null).test(new TableId("information_schema", "tables"))).isFalse();
  }
}
