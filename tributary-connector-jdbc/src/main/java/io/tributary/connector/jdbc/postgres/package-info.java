/**
 * The PostgreSQL sink: type mapping and DDL ({@link
 * io.tributary.connector.jdbc.postgres.PostgresDialect}, {@link
 * io.tributary.connector.jdbc.postgres.PostgresTypes}) and the bulk write path ({@link
 * io.tributary.connector.jdbc.postgres.PostgresSinkWriter}): each table's rows are streamed with
 * {@code COPY} in text format into per-connection temporary staging tables and merged with one
 * {@code INSERT ... ON CONFLICT} and one {@code DELETE ... USING} per table and batch.
 */
package io.tributary.connector.jdbc.postgres;
