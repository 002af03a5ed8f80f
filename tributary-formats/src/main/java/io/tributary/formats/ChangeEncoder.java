package io.tributary.formats;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import java.nio.charset.StandardCharsets;

/**
 * Writes change events and schema changes as messages of one format, UTF-8 JSON.
 *
 * <p>Not thread-safe: an encoder reuses its output buffer and per-table caches; use one per thread
 * (they are cheap). Never blocks. Encoding an event whose values do not have the Java class of
 * their column's kind, or that the format cannot represent, throws {@link FormatException} naming
 * the table and column; nothing is written for it.
 */
public interface ChangeEncoder {

  /** The format this encoder writes. */
  Format format();

  /**
   * The message for one row change.
   *
   * @throws FormatException when a value cannot be written
   */
  byte[] encode(ChangeEvent event);

  /**
   * The message for one schema change.
   *
   * @throws FormatException when the change cannot be written
   */
  byte[] encode(SchemaChange change);

  /**
   * The message key of a row change: a JSON object of the primary-key columns' values, in key order,
   * written like Debezium-JSON values ({@code {"id":42}}); wrapped in {@code {schema, payload}}
   * when Debezium's envelope is on. Events of a table without a primary key have no key: null.
   */
  byte[] encodeKey(ChangeEvent event);

  /** {@link #encode(ChangeEvent)} as a string. */
  default String encodeToString(ChangeEvent event) {
    return new String(encode(event), StandardCharsets.UTF_8);
  }

  /** {@link #encode(SchemaChange)} as a string. */
  default String encodeToString(SchemaChange change) {
    return new String(encode(change), StandardCharsets.UTF_8);
  }
}
