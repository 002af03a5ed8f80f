package io.tributary.formats;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;

/**
 * A schema change read from a message.
 *
 * @param table the table, or null when the message names none (e.g. Canal's {@code CREATE
 *     DATABASE}, Debezium's database-level DDL)
 * @param kind what happened, or null when the message's type is none Tributary models (Canal's
 *     {@code RENAME}, {@code CINDEX}, {@code QUERY}, ...): then {@link #type()} says what it was
 * @param type the message's own type word: Canal {@code type} ({@code CREATE}, {@code ALTER},
 *     {@code ERASE}, {@code TRUNCATE}, ...), Debezium {@code tableChanges[].type} ({@code CREATE},
 *     {@code ALTER}, {@code DROP}) or {@code TRUNCATE} for {@code op: t}
 * @param sql the statement as the source logged it, or null
 * @param schema the table's shape the message carries: after the change for CREATE and ALTER, the
 *     dropped or truncated table's shape otherwise; null when the message carries none (real Canal
 *     DDL messages do not; Tributary's encoder writes it)
 * @param metadata times, transaction and position
 */
public record DecodedDdl(
    TableId table, SchemaChange.Kind kind, String type, String sql, TableSchema schema, MessageMetadata metadata)
    implements Decoded {

  /**
   * The canonical schema change.
   *
   * @param previous the table's shape before the change as the caller knows it, or null (then a
   *     DROP or TRUNCATE takes {@link #schema()} as the shape before)
   * @param position the position to give the change
   * @throws FormatException when the message names no table, its kind is not modelled, or a CREATE
   *     or ALTER carries no shape
   */
  public SchemaChange toSchemaChange(TableSchema previous, SourcePosition position) {
    if (table == null || kind == null) {
      throw new FormatException("the " + type + " message" + (table == null ? "" : " about " + table)
          + " is not a table schema change Tributary models (create, alter, truncate, drop); skip it");
    }
    return switch (kind) {
      case CREATE_TABLE -> new SchemaChange(kind, table, null, required(), position, sql);
      case ALTER_TABLE -> new SchemaChange(kind, table, previous, required(), position, sql);
      case TRUNCATE_TABLE -> {
        TableSchema shape = previous != null ? previous : schema;
        yield new SchemaChange(kind, table, shape, shape, position, sql);
      }
      case DROP_TABLE -> new SchemaChange(kind, table, previous != null ? previous : schema, null, position, sql);
    };
  }

  private TableSchema required() {
    if (schema == null) {
      throw new FormatException("the " + type + " message about " + table
          + " carries no column types, so the table's new shape is unknown; read it from the source database");
    }
    return schema;
  }
}
