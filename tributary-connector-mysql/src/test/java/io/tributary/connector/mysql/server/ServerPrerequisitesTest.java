package io.tributary.connector.mysql.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerPrerequisitesTest {
  private static final ServerFlavor MARIADB = ServerFlavor.parse("10.11.19-MariaDB-0+deb12u1-log");
  private static final ServerFlavor MYSQL = ServerFlavor.parse("8.0.36");

  @Test
  void goodSettingsHaveNoProblems() {
    Map<String, String> variables = Map.of("log_bin", "ON", "binlog_format", "ROW", "binlog_row_image", "FULL",
        "binlog_row_metadata", "FULL");
    assertThat(ServerPrerequisites.settingProblems(variables, MARIADB)).isEmpty();
  }

  @Test
  void eachBadSettingIsNamedWithItsFix() {
    Map<String, String> variables = Map.of("log_bin", "OFF", "binlog_format", "STATEMENT", "binlog_row_image", "MINIMAL",
        "binlog_row_metadata", "MINIMAL");
    List<String> problems = ServerPrerequisites.settingProblems(variables, MARIADB);
    assertThat(problems).hasSize(4);
    assertThat(String.join("\n", problems))
        .contains("log_bin=mysql-bin")
        .contains("binlog_format=ROW").contains("SET GLOBAL binlog_format='ROW'")
        .contains("binlog_row_image=FULL").contains("SET GLOBAL binlog_row_image='FULL'")
        .contains("SET GLOBAL binlog_row_metadata='FULL'");
  }

  @Test
  void oldServersWithoutRowMetadataAreTold() {
    Map<String, String> variables = Map.of("log_bin", "ON", "binlog_format", "ROW", "binlog_row_image", "FULL");
    assertThat(ServerPrerequisites.settingProblems(variables, MYSQL))
        .singleElement().asString().contains("MySQL 8.0.1+ or MariaDB 10.5+");
  }

  @Test
  void allPrivilegesCoverEverything() {
    List<String> grants = List.of("GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION");
    assertThat(GrantCheck.problems(grants, MYSQL, List.of(new io.tributary.api.schema.TableId("a", "b")), true))
        .isEmpty();
  }

  @Test
  void missingPrivilegesAreListed() {
    List<String> grants = List.of("GRANT USAGE ON *.* TO `cdc`@`%`", "GRANT SELECT ON `shop`.* TO `cdc`@`%`");
    List<String> problems = GrantCheck.problems(
        grants, MARIADB, List.of(new io.tributary.api.schema.TableId("shop", "orders"),
            new io.tributary.api.schema.TableId("crm", "people")), false);
    assertThat(String.join("\n", problems))
        .contains("REPLICATION SLAVE").contains("BINLOG MONITOR").contains("SELECT on crm.people")
        .doesNotContain("shop.orders");
  }

  @Test
  void replicationGrantsAndWildcardDatabasesAreEnough() {
    List<String> grants = List.of(
        "GRANT RELOAD, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO `cdc`@`%`",
        "GRANT SELECT, INSERT ON `sh\\_p%`.* TO `cdc`@`%`",
        "GRANT SELECT ON `crm`.`people` TO `cdc`@`%`");
    assertThat(GrantCheck.problems(grants, MYSQL, List.of(
        new io.tributary.api.schema.TableId("sh_prod", "orders"), new io.tributary.api.schema.TableId("crm", "people")), true))
        .isEmpty();
  }
}
