/**
 * Message formats: turning {@link io.tributary.api.event.ChangeEvent}s and {@link
 * io.tributary.api.event.SchemaChange}s into Canal-JSON or Debezium-JSON messages and reading such
 * messages back, exactly for every logical type.
 *
 * <p>This package owns the public face of the module: {@link io.tributary.formats.Format} (the
 * factory, keyed by {@code canal-json} / {@code debezium-json}), {@link
 * io.tributary.formats.FormatOptions}, the {@link io.tributary.formats.ChangeEncoder} and {@link
 * io.tributary.formats.ChangeDecoder} contracts, what a decoder returns ({@link
 * io.tributary.formats.DecodedRow}, {@link io.tributary.formats.DecodedDdl}, {@link
 * io.tributary.formats.MessageMetadata}) and the one error type, {@link
 * io.tributary.formats.FormatException}. The formats themselves live in {@code .canal} and {@code
 * .debezium}; value and type-name conversions both share live in {@code .value}.
 */
package io.tributary.formats;
