/**
 * {@code tributary bench}: generated workloads on throwaway servers; Tributary measured against
 * Debezium on the same data in the same run (the peer runs from its own JARs in child JVMs, see
 * {@link io.tributary.bench.DebeziumRun}) and against what the machine can do at all (a plain
 * scan, the bare binlog parser or replication stream, one {@code COPY}, PostgreSQL replaying the
 * same statements), printed as a table and written to {@code target/bench/results.json}. Never
 * timed unit tests: figures come from this command only.
 */
package io.tributary.bench;
