package io.tributary.api.event;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.Objects;

/**
 * A table was created, changed shape, truncated or dropped at the source. Ordered with the row
 * events of the same source: every event before it has the old shape, every event after it the
 * new one.
 *
 * @param kind what happened
 * @param table the table
 * @param before the shape before (null for CREATE)
 * @param after the shape after (null for DROP and TRUNCATE keeps {@code before})
 * @param position where in the source this happened
 * @param ddl the statement as the source logged it, or null
 */
public record SchemaChange(
    Kind kind, TableId table, TableSchema before, TableSchema after, SourcePosition position, String ddl) {

  /** Kinds of schema change. */
  public enum Kind {
    CREATE_TABLE,
    ALTER_TABLE,
    TRUNCATE_TABLE,
    DROP_TABLE
  }

  public SchemaChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(position, "position");
  }
}
