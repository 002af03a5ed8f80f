/**
 * Where a MySQL/MariaDB source is: {@link io.tributary.connector.mysql.position.SnapshotPosition}
 * inside the initial copy and {@link io.tributary.connector.mysql.position.BinlogPosition} in the
 * binary log, their total order and their one-line text form.
 */
package io.tributary.connector.mysql.position;
