package io.tributary.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableFilterTest {

  @Test
  void patternsMatchTheWholeQualifiedName() {
    TableFilter filter = TableFilter.of("shop\\.orders, crm\\..*", null);
    assertThat(filter.test(new TableId("shop", "orders"))).isTrue();
    assertThat(filter.test(new TableId("shop", "orders_archive"))).isFalse();
    assertThat(filter.test(new TableId("xshop", "orders"))).isFalse();
    assertThat(filter.test(new TableId("crm", "anything"))).isTrue();
  }

  @Test
  void excludesWinAndSystemDatabasesAreNeverCaptured() {
    java.util.Set<String> system = java.util.Set.of("mysql", "information_schema", "performance_schema", "sys");
    TableFilter filter = TableFilter.of(".*", ".*\\.tmp_.*").excludingNamespaces(system::contains);
    assertThat(filter.test(new TableId("app", "users"))).isTrue();
    assertThat(filter.test(new TableId("app", "tmp_users"))).isFalse();
    for (String namespace : system) {
      assertThat(filter.test(new TableId(namespace, "user"))).isFalse();
    }
    assertThat(TableFilter.of(".*", null).test(new TableId("mysql", "user"))).as("no namespace is special by itself").isTrue();
  }

  @Test
  void commasInsideQuantifiersBelongToThePattern() {
    TableFilter filter = TableFilter.of("db\\.t[0-9]{1,2}, other\\.x", "");
    assertThat(filter.test(new TableId("db", "t12"))).isTrue();
    assertThat(filter.test(new TableId("db", "t123"))).isFalse();
    assertThat(filter.test(new TableId("other", "x"))).isTrue();
  }

  @Test
  void badPatternsAreNamed() {
    assertThatThrownBy(() -> TableFilter.of("shop.(orders", null)).hasMessageContaining("shop.(orders");
  }
}
