package io.tributary.connector.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.schema.TableId;
import org.junit.jupiter.api.Test;

class TopicNamesTest {
  @Test
  void placeholdersStandForTheNamespaceAndTheTableName() {
    TopicNames names = new TopicNames("topic", "cdc.{database}.{table}");
    assertThat(names.topicOf(new TableId("shop", "orders"))).isEqualTo("cdc.shop.orders");
    assertThat(new TopicNames("topic", "{schema}-{table}").topicOf(new TableId("public", "t"))).isEqualTo("public-t");
  }

  @Test
  void charactersKafkaRefusesBecomeUnderscores() {
    assertThat(new TopicNames("topic", "{database}.{table}").topicOf(new TableId("my db", "ördérs \"x\"")))
        .isEqualTo("my_db._rd_rs__x_");
    assertThat(TopicNames.legal("a".repeat(300))).hasSize(249);
  }

  @Test
  void aDollarOrAnUnknownPlaceholderIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> new TopicNames("topic", "${database}.{table}")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("topic:").hasMessageContaining("without a dollar sign");
    assertThatThrownBy(() -> new TopicNames("topic", "{db}.{table}")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown placeholder");
  }
}
