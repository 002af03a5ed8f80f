package io.tributary.connector.jdbc;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.TableChanges;
import java.util.Arrays;
import java.util.List;

/** Small builders for schemas, table changes and batches in tests. */
public final class Batches {
  private Batches() {}

  public static TableSchema table(String namespace, String name, List<String> key, Column... columns) {
    return new TableSchema(new TableId(namespace, name), List.of(columns), key, 1);
  }

  public static Object[] row(Object... values) {
    return values;
  }

  public static List<Object[]> rows(Object[]... rows) {
    return Arrays.asList(rows);
  }

  public static TableChanges upserts(TableSchema schema, Object[]... rows) {
    return new TableChanges(schema, Arrays.asList(rows), List.of());
  }

  public static TableChanges deletes(TableSchema schema, Object[]... rows) {
    return new TableChanges(schema, List.of(), Arrays.asList(rows));
  }

  public static TableChanges changes(TableSchema schema, List<Object[]> upserts, List<Object[]> deletes) {
    return new TableChanges(schema, upserts, deletes);
  }

  public static SinkBatch batch(int lane, long position, TableChanges... tables) {
    return new SinkBatch(lane, List.of(tables), TestPosition.at(position));
  }
}
