/**
 * The DuckDB sink: options → {@link io.tributary.connector.duckdb.DuckDbSinkFactory} → {@link
 * io.tributary.connector.duckdb.DuckDbSink} (tables, schema changes, offsets) → {@link
 * io.tributary.connector.duckdb.DuckDbSinkWriter} (one transaction per batch) → {@link
 * io.tributary.connector.duckdb.StagingTable} (Appender into a staging table, one merge) and
 * {@link io.tributary.connector.duckdb.DuckDbTypeMapping} (logical types to DuckDB types).
 *
 * <p>This package owns everything that talks to DuckDB for the sink: the one database instance per
 * file, the target tables, the {@code tributary.offsets} table and the write path.
 */
package io.tributary.connector.duckdb;
