package io.tributary.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import io.tributary.connector.jdbc.mysql.MySqlDialect;
import io.tributary.connector.jdbc.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

class IdentifierQuotingTest {
  private final PostgresDialect postgres = new PostgresDialect();
  private final MySqlDialect mysql = new MySqlDialect();

  @Test
  void postgresDoublesEmbeddedDoubleQuotes() {
    assertThat(postgres.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(postgres.quote("order")).isEqualTo("\"order\"");
    assertThat(postgres.quote("Mixed Case")).isEqualTo("\"Mixed Case\"");
    assertThat(postgres.quote("a`b")).isEqualTo("\"a`b\"");
    assertThat(postgres.quote("ñandú_表")).isEqualTo("\"ñandú_表\"");
  }

  @Test
  void mysqlDoublesEmbeddedBackticks() {
    assertThat(mysql.quote("a`b")).isEqualTo("`a``b`");
    assertThat(mysql.quote("select")).isEqualTo("`select`");
    assertThat(mysql.quote("a\"b")).isEqualTo("`a\"b`");
    assertThat(mysql.quote("``")).isEqualTo("``````");
  }

  @Test
  void tablesAreQualifiedByTheirNamespace() {
    assertThat(postgres.table(new TableId("sh\"op", "or der"))).isEqualTo("\"sh\"\"op\".\"or der\"");
    assertThat(mysql.table(new TableId("shop", "o`rders"))).isEqualTo("`shop`.`o``rders`");
  }

  @Test
  void namesTheDatabaseCannotKeepAreRefusedWithTheName() {
    assertThatThrownBy(() -> postgres.quote("x".repeat(64)))
        .isInstanceOf(TributaryException.class).hasMessageContaining("63 bytes");
    assertThat(postgres.quote("é".repeat(31))).hasSize(33);
    assertThatThrownBy(() -> postgres.quote("é".repeat(32))).isInstanceOf(TributaryException.class);
    assertThatThrownBy(() -> mysql.quote("x".repeat(65)))
        .isInstanceOf(TributaryException.class).hasMessageContaining("64 characters");
    assertThatThrownBy(() -> mysql.quote("a\0b")).isInstanceOf(TributaryException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void mysqlComparesColumnNamesWithoutCase() {
    assertThat(mysql.columnKey("Name")).isEqualTo(mysql.columnKey("name"));
    assertThat(postgres.columnKey("Name")).isNotEqualTo(postgres.columnKey("name"));
  }
}
