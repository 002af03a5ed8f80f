/**
 * The logical replication stream: {@link io.tributary.connector.postgres.stream.WalReader} keeps a
 * pgoutput stream of the slot going (reconnecting forever), {@code ChangeHandler} turns its
 * messages into events with {@link io.tributary.connector.postgres.position.WalPosition}s, and
 * {@link io.tributary.connector.postgres.stream.AckTracker} decides how far the slot may be
 * confirmed.
 */
package io.tributary.connector.postgres.stream;
