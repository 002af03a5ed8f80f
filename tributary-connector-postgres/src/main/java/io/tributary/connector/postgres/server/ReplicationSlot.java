package io.tributary.connector.postgres.server;

import io.tributary.api.TributaryException;
import io.tributary.connector.postgres.position.Lsn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.replication.ReplicationSlotInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's logical replication slot: reading its state, creating it with an exported
 * snapshot, and what a stream needs to know about it.
 *
 * @param name the slot name
 * @param confirmedFlush the slot's {@code confirmed_flush_lsn}: the stream restarts after it
 * @param active whether a connection streams it now
 */
public record ReplicationSlot(String name, Lsn confirmedFlush, boolean active) {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicationSlot.class);

  /**
   * The slot's state, or empty when it does not exist.
   *
   * @throws TributaryException when a slot of that name exists but is not a pgoutput slot of this
   *     database
   */
  public static Optional<ReplicationSlot> read(Connection connection, String name, String database) throws SQLException {
    String sql = "SELECT slot_type, plugin, database, active, confirmed_flush_lsn::text FROM pg_replication_slots"
        + " WHERE slot_name = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        if (!"logical".equals(row.getString(1)) || !"pgoutput".equals(row.getString(2))
            || !database.equals(row.getString(3))) {
          throw new TributaryException(
              "replication slot '" + name + "' exists but is a " + row.getString(1) + " slot of plugin '"
                  + row.getString(2) + "' on database '" + row.getString(3) + "'; Tributary needs a logical pgoutput"
                  + " slot on '" + database + "'. Choose another 'slot-name', or drop it with SELECT"
                  + " pg_drop_replication_slot('" + name + "');");
        }
        String confirmed = row.getString(5);
        return Optional.of(new ReplicationSlot(name, confirmed == null ? Lsn.ZERO : Lsn.parse(confirmed), row.getBoolean(4)));
      }
    }
  }

  /**
   * Creates the slot on a new replication connection, which stays open (and idle) so that the
   * snapshot it exported can be imported by other connections until {@link CreatedSlot#close()}.
   */
  public static CreatedSlot create(ServerEndpoint endpoint, String name) throws SQLException {
    Connection connection = endpoint.connectForReplication();
    try {
      ReplicationSlotInfo info = connection.unwrap(PGConnection.class).getReplicationAPI()
          .createReplicationSlot().logical().withSlotName(name).withOutputPlugin("pgoutput").make();
      Lsn consistentPoint = Lsn.parse(info.getConsistentPoint().asString());
      LOG.info("created replication slot {} on {} at {} (exported snapshot {})", name, endpoint.address(),
          consistentPoint, info.getSnapshotName());
      return new CreatedSlot(connection, consistentPoint, info.getSnapshotName());
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * A slot just created: the connection that holds its exported snapshot alive, the LSN the
   * stream starts at, and the snapshot's name for {@code SET TRANSACTION SNAPSHOT}.
   */
  public record CreatedSlot(Connection connection, Lsn consistentPoint, String snapshotName) implements AutoCloseable {
    @Override
    public void close() {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing the slot-creating connection: {}", e.getMessage());
      }
    }
  }
}
