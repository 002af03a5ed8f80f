package io.tributary.connector.postgres.schema;

import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.KeyColumns;
import java.util.List;

/**
 * Decides the key columns of a table: the columns named in {@code primary-keys} (which need REPLICA
 * IDENTITY FULL unless they are the table's identity anyway), else its primary key, else its
 * replica identity index. A table with none of these cannot be captured: updates and deletes
 * would not say which row they change.
 */
final class KeyResolver {

  /** The key, or the problem that prevents capturing the table. */
  record Resolution(List<String> key, String problem) {}

  private KeyResolver() {}

  static Resolution resolve(
      TableId id, char replicaIdentity, List<String> columns, List<String> primaryKey, List<String> identityIndex,
      KeyColumns named) {
    String table = quote(id);
    List<String> given = named.of(id).orElse(null);
    if (given != null) {
      List<String> unknown = given.stream().filter(c -> !columns.contains(c)).toList();
      if (!unknown.isEmpty()) {
        return problem("'primary-keys' names columns " + unknown + " that " + table + " does not have (it has "
            + columns + ")");
      }
      if (replicaIdentity == 'f' || given.equals(primaryKey) || given.equals(identityIndex)) {
        return new Resolution(given, null);
      }
      return problem("'primary-keys' names " + given + " as the key of " + table + ", which needs REPLICA IDENTITY FULL"
          + " so that updates and deletes carry those columns: run ALTER TABLE " + table + " REPLICA IDENTITY FULL;");
    }
    if (replicaIdentity == 'n') {
      return problem(table + " has REPLICA IDENTITY NOTHING, so its updates and deletes cannot be captured: run ALTER"
          + " TABLE " + table + " REPLICA IDENTITY DEFAULT; (with a primary key) or REPLICA IDENTITY FULL;");
    }
    if (!primaryKey.isEmpty()) {
      return new Resolution(primaryKey, null);
    }
    if (replicaIdentity == 'i' && !identityIndex.isEmpty()) {
      return new Resolution(identityIndex, null);
    }
    return problem(table + " has no primary key and no replica identity index: add a primary key (ALTER TABLE " + table
        + " ADD PRIMARY KEY (...);), or run ALTER TABLE " + table + " REPLICA IDENTITY FULL; and name its key columns"
        + " in the pipeline file: primary-keys: \"" + id + ":col1,col2\"");
  }

  private static Resolution problem(String text) {
    return new Resolution(null, text);
  }

  private static String quote(TableId id) {
    return '"' + id.namespace().replace("\"", "\"\"") + "\".\"" + id.name().replace("\"", "\"\"") + '"';
  }
}
