package io.tributary.formats;

import io.tributary.api.schema.TableId;

/** One change read from a message: a row change ({@link DecodedRow}) or a schema change ({@link DecodedDdl}). */
public sealed interface Decoded permits DecodedRow, DecodedDdl {

  /** The table the change is about; null only for a DDL message that names no table. */
  TableId table();

  /** Times, transaction and position the message carried. */
  MessageMetadata metadata();
}
