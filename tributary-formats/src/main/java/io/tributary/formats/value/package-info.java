/**
 * Conversions both formats share, internal to this module (not an API; other modules use the
 * {@code io.tributary.formats} package): the one Jackson factory and a reusable output buffer,
 * raw JSON values as read before their types are known, the strict byte-level scanner of the
 * decoders' fast paths ({@link io.tributary.formats.value.JsonScanner}, Jackson being the reference it
 * declines to), MySQL type text ↔ {@link
 * io.tributary.api.schema.DataType}, ISO-8601 / MySQL temporal text, and typed values ↔ JSON
 * values as Tributary writes them.
 */
package io.tributary.formats.value;
