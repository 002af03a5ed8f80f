/**
 * The Kafka connector: the {@code kafka} sink writes every change as a Canal-JSON or
 * Debezium-JSON message into a topic per table, keyed by primary key, and commits each lane's batch
 * together with its source position in one producer transaction (positions live in a compacted
 * topic); exactly once for read-committed consumers.
 */
package io.tributary.connector.kafka;
