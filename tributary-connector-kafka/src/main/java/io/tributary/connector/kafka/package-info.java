/**
 * The Kafka connector: the {@code kafka} sink writes every change as a Canal-JSON or
 * Debezium-JSON message into a topic per table, keyed by primary key, and commits each lane's batch
 * together with its source position in one producer transaction (positions live in a compacted
 * topic); exactly once for read-committed consumers. The {@code kafka} source reads such messages
 * (from Tributary, Debezium or Canal) as a consumer group member, read committed; its position (per
 * partition: records done) is committed by the sinks with their data, and the group's offsets only
 * after every sink committed.
 */
package io.tributary.connector.kafka;
