/**
 * The initial copy: a consistent snapshot transaction and the binlog position it matches ({@link
 * io.tributary.connector.mysql.snapshot.ConsistentSnapshot}), each table read in primary-key
 * chunks ({@link io.tributary.connector.mysql.snapshot.TableChunkReader}) with typed column readers
 * ({@link io.tributary.connector.mysql.snapshot.SnapshotColumnReaders}), driven table by table by
 * {@link io.tributary.connector.mysql.snapshot.SnapshotReader}. A preview's sample rows are read the
 * same way, without a snapshot transaction, by {@link io.tributary.connector.mysql.snapshot.SampleReader}.
 */
package io.tributary.connector.mysql.snapshot;
