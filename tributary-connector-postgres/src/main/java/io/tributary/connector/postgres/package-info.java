/**
 * The PostgreSQL source: its options ({@link io.tributary.connector.postgres.PostgresSourceOptions}),
 * factory ({@link io.tributary.connector.postgres.PostgresSourceFactory}) and the source itself
 * ({@link io.tributary.connector.postgres.PostgresSource}), which copies the tables through a
 * replication slot's exported snapshot ({@code .snapshot}) and then streams the slot with pgoutput
 * ({@code .pgoutput} decodes the messages, {@code .stream} turns them into events).
 */
package io.tributary.connector.postgres;
