package io.tributary.api.sink;

import io.tributary.api.schema.TableSchema;
import java.util.List;

/**
 * The folded changes of one table in one batch: each primary key appears at most once, either as
 * an upsert (the row's latest image) or as a delete (a row image whose key columns identify the
 * row; other values may be stale or null). Order between different keys carries no meaning.
 *
 * @param schema the shape of every row here
 * @param upserts rows to insert, or to replace when their key exists
 * @param deletes rows whose key is to be removed
 */
public record TableChanges(TableSchema schema, List<Object[]> upserts, List<Object[]> deletes) {
  public TableChanges {
    upserts = List.copyOf(upserts);
    deletes = List.copyOf(deletes);
  }

  public int size() {
    return upserts.size() + deletes.size();
  }
}
