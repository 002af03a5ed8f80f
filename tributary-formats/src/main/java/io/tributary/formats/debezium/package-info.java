/**
 * Debezium-JSON: {@link io.tributary.formats.debezium.DebeziumJsonEncoder} writes Debezium's change
 * event envelope ({@code before}, {@code after}, {@code source}, {@code op}, {@code ts_ms}, {@code
 * transaction}), optionally inside Kafka Connect's {@code {schema, payload}}, and Debezium's
 * schema-change messages; {@link io.tributary.formats.debezium.DebeziumJsonDecoder} reads them and
 * Debezium's own messages with its default encodings. {@link
 * io.tributary.formats.debezium.DebeziumFieldSchemas} owns the mapping between logical types and
 * Connect field schemas (types, semantic names, parameters), both ways. Inside, the decoder's
 * steps: {@code DebeziumKeyNames} (message key → key columns), {@code DebeziumMessageReader} (JSON →
 * raw message; {@code DebeziumEnvelopeSchemas} spares it envelope schemas it has read before) and
 * {@code DebeziumChanges} (raw message → decoded changes).
 */
package io.tributary.formats.debezium;
