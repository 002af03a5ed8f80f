package io.tributary.connector.postgres.stream;

import io.tributary.connector.postgres.server.ServerEndpoint;
import java.time.Duration;
import java.util.Objects;

/**
 * How the stream connects.
 *
 * @param endpoint the server
 * @param slotName the logical replication slot
 * @param publicationName the publication pgoutput decodes
 * @param binaryTuples whether to ask pgoutput for binary column values
 * @param statusInterval how often the position is reported to the server
 */
public record StreamSettings(
    ServerEndpoint endpoint, String slotName, String publicationName, boolean binaryTuples, Duration statusInterval) {
  public StreamSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(slotName, "slotName");
    Objects.requireNonNull(publicationName, "publicationName");
    Objects.requireNonNull(statusInterval, "statusInterval");
  }
}
