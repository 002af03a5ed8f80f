package io.tributary.connector.kafka;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** Decides whether a Kafka client failure is worth retrying (the cluster is unreachable or busy) or needs a person. */
final class KafkaFailures {
  private KafkaFailures() {}

  static TributaryException classify(String what, Throwable cause) {
    if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
      return new TributaryException(what + ": another producer with the same transactional.id took over (" + cause.getMessage()
          + "); is a second process running this pipeline and sink? Stop it, or give each pipeline its own"
          + " transactional-id-prefix", cause);
    }
    if (cause instanceof AuthenticationException || cause instanceof AuthorizationException) {
      return new TributaryException(what + ": the cluster refused this client (" + cause.getMessage()
          + "); check properties.security.*/sasl.* and the ACLs (write and describe on the topics, transactional.id"
          + " write, idempotent write)", cause);
    }
    if (cause instanceof InvalidTopicException || cause instanceof InvalidConfigurationException
        || cause instanceof RecordTooLargeException || cause instanceof UnsupportedVersionException) {
      return new TributaryException(what + ": " + cause.getMessage(), cause);
    }
    return new RetriableException(what + ": " + (cause == null ? "unknown failure" : cause.getMessage()), cause);
  }
}
