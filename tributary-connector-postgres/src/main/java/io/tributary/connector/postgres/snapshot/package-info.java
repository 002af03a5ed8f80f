/**
 * The initial copy: tables read in primary-key chunks by several connections that share one
 * exported snapshot ({@link io.tributary.connector.postgres.snapshot.SnapshotReader}), emitted in
 * chunk order with {@link io.tributary.connector.postgres.position.SnapshotPosition}s. A preview's
 * sample rows are read the same way, without a shared snapshot, by {@link
 * io.tributary.connector.postgres.snapshot.SampleReader}.
 */
package io.tributary.connector.postgres.snapshot;
