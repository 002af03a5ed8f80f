/**
 * Talking to the PostgreSQL server over JDBC: connections ({@link
 * io.tributary.connector.postgres.server.ServerEndpoint}), the settings and privileges capture
 * needs ({@link io.tributary.connector.postgres.server.ServerPrerequisites}), the replication slot
 * ({@link io.tributary.connector.postgres.server.ReplicationSlot}) and the publication ({@link
 * io.tributary.connector.postgres.server.Publication}).
 */
package io.tributary.connector.postgres.server;
