/**
 * Where a PostgreSQL source is: {@link io.tributary.connector.postgres.position.SnapshotPosition}
 * inside the initial copy and {@link io.tributary.connector.postgres.position.WalPosition} in the
 * logical replication stream, their total order and their one-line text form.
 */
package io.tributary.connector.postgres.position;
