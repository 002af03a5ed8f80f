package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerIT {
  @Test
  void transactionsCommitAndAbortOnTheSingleNodeBroker() {
    KafkaBroker broker = KafkaBroker.shared();
    broker.createTopic("kit.tx", 3);
    broker.createTopic("kit.tx", 3); // exists: left as it is
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "kit-tx");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("kit.tx", bytes("k1"), bytes("committed")));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>("kit.tx", bytes("k2"), bytes("aborted")));
      producer.flush();
      producer.abortTransaction();
    }
    List<ConsumerRecord<byte[], byte[]>> records = broker.readCommitted("kit.tx");
    assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("committed");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
