/**
 * The Debezium peer of {@code tributary bench}: a small program that runs Debezium's embedded engine (JSON converter,
 * no-op consumer) against the bench's workload and prints how long Debezium took to deliver the expected number of
 * change records. It owns the command line ({@link io.tributary.bench.debezium.PeerArguments}), the engine settings
 * ({@link io.tributary.bench.debezium.EngineSettings}), the counting consumer and the timed run. It is built into
 * benchmark-only shaded JARs, one per Debezium version, and is never part of the product.
 */
package io.tributary.bench.debezium;
