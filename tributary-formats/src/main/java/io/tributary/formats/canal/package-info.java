/**
 * Canal-JSON, Canal's flat message. {@link io.tributary.formats.canal.CanalJsonEncoder} writes one
 * message per event (or per group of rows, {@link
 * io.tributary.formats.canal.CanalJsonEncoder#encodeRows}); {@link
 * io.tributary.formats.canal.CanalJsonDecoder} reads Canal's messages and Flink CDC's dialect of
 * them. {@link io.tributary.formats.canal.CanalValueText} owns the text every value becomes (Canal
 * values are strings). Inside: {@code CanalTableHeader} is what the encoder repeats per table
 * shape; {@code CanalMessageReader} (JSON → raw message) and {@code CanalChanges} (raw message →
 * decoded changes) are the decoder's two steps.
 */
package io.tributary.formats.canal;
