package io.tributary.connector.postgres.stream;

import io.tributary.api.event.SchemaChange;
import io.tributary.connector.postgres.pgoutput.TupleData;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.value.ValueDecoder;
import io.tributary.connector.postgres.value.ValueDecoders;

/**
 * What the rows of one relation id become on this connection: the table's shape and a decoder per
 * column, or nothing when the table is not captured. Holds a shape change (created, altered) that
 * must be emitted before the first row in the new shape.
 */
final class RelationBinding {
  private final PgTable table;
  private final ValueDecoder[] decoders;
  private final int[] keyIndexes;
  private SchemaChange.Kind pendingChange;

  private RelationBinding(PgTable table, SchemaChange.Kind pendingChange) {
    this.table = table;
    this.pendingChange = pendingChange;
    this.decoders = new ValueDecoder[table == null ? 0 : table.columns().size()];
    for (int i = 0; i < decoders.length; i++) {
      decoders[i] = ValueDecoders.of(table.columns().get(i).valueType());
    }
    this.keyIndexes = table == null ? new int[0] : table.schema().primaryKeyIndexes();
  }

  /** A relation whose rows are not captured. */
  static RelationBinding excluded() {
    return new RelationBinding(null, null);
  }

  /** A captured relation; {@code pendingChange} is emitted before its first row, when not null. */
  static RelationBinding of(PgTable table, SchemaChange.Kind pendingChange) {
    return new RelationBinding(table, pendingChange);
  }

  boolean captured() {
    return table != null;
  }

  PgTable table() {
    return table;
  }

  int[] keyIndexes() {
    return keyIndexes;
  }

  /** The shape change to emit before the next row, or null; cleared by {@link #changeEmitted()}. */
  SchemaChange.Kind pendingChange() {
    return pendingChange;
  }

  void changeEmitted() {
    pendingChange = null;
  }

  /**
   * Converts column {@code i} of a tuple (which must be a value: text or binary).
   *
   * @throws IllegalArgumentException when the value cannot be converted
   */
  Object value(TupleData tuple, int i) {
    return tuple.kind(i) == TupleData.BINARY
        ? decoders[i].fromBinary(tuple.bytes(), tuple.offset(i), tuple.length(i))
        : decoders[i].fromText(tuple.text(i));
  }
}
