package io.tributary.connector.mysql.binlog;

import io.tributary.connector.mysql.server.ServerEndpoint;
import java.time.Duration;
import java.util.Objects;

/**
 * How the binlog is read.
 *
 * @param endpoint the server
 * @param serverId the replica server id announced to it
 * @param heartbeat the heartbeat period asked of the server on idle connections
 */
public record BinlogSettings(ServerEndpoint endpoint, long serverId, Duration heartbeat) {
  public BinlogSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }
}
