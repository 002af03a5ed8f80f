package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import io.tributary.api.TributaryException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which table each binlog table id is, and the shape its rows have. Decides once per table map
 * (not per row) whether a table is captured.
 *
 * <p>A table's shape comes from {@code information_schema} when first seen; when a table map's
 * columns (names, types, metadata) differ from the last one seen for that table, the shape is read
 * again and, if it changed, an ALTER_TABLE change is reported. A captured table first seen after
 * the start is reported as CREATE_TABLE.
 */
final class TableBindings {
  private static final Logger LOG = LoggerFactory.getLogger(TableBindings.class);

  /** A shape change found while binding a table map, for the caller to emit with its position. */
  record ShapeChange(SchemaChange.Kind kind, TableId table, TableSchema before, TableSchema after) {}

  private final Predicate<TableId> filter;
  private final SchemaLookup lookup;
  private final Map<TableId, MySqlTable> tables;
  private final Map<Long, TableBinding> byTableId = new HashMap<>();
  private final Map<Long, TableMapShape> shapeByTableId = new HashMap<>();
  private final Map<TableId, TableMapShape> lastShape = new HashMap<>();

  /** @param known the captured tables as of the start, by id */
  TableBindings(Predicate<TableId> filter, SchemaLookup lookup, Map<TableId, MySqlTable> known) {
    this.filter = filter;
    this.lookup = lookup;
    this.tables = new HashMap<>(known);
  }

  /** The binding of a table id seen in a table map, or null. */
  TableBinding get(long tableId) {
    return byTableId.get(tableId);
  }

  /**
   * Binds a table map, reading the table's shape when needed.
   *
   * @return a shape change to emit before the table's rows, or null
   */
  ShapeChange bind(TableMapEventData map) {
    long tableId = map.getTableId();
    TableMapShape shape = TableMapShape.of(map);
    TableBinding existing = byTableId.get(tableId);
    if (existing != null && shape.equals(shapeByTableId.get(tableId))) {
      return null;
    }
    TableId id = new TableId(map.getDatabase(), map.getTable());
    shapeByTableId.put(tableId, shape);
    if (!filter.test(id)) {
      byTableId.put(tableId, TableBinding.excluded(id));
      return null;
    }
    ShapeChange change = refresh(id, shape);
    MySqlTable table = tables.get(id);
    byTableId.put(tableId, table == null ? TableBinding.excluded(id) : TableBinding.of(table, map));
    lastShape.put(id, shape);
    return change;
  }

  private ShapeChange refresh(TableId id, TableMapShape shape) {
    MySqlTable cached = tables.get(id);
    if (cached == null) {
      Optional<MySqlTable> fresh = lookup.read(id);
      if (fresh.isEmpty()) {
        LOG.warn("table {} appears in the binlog but no longer exists; its rows are skipped", id);
        return null;
      }
      requireKey(fresh.get());
      tables.put(id, fresh.get());
      LOG.info("new table {} captured", id);
      return new ShapeChange(SchemaChange.Kind.CREATE_TABLE, id, null, fresh.get().schema());
    }
    TableMapShape previous = lastShape.get(id);
    boolean changed = previous == null ? !shape.columnNames().equals(cached.columnNames()) : !shape.equals(previous);
    if (!changed) {
      return null;
    }
    Optional<MySqlTable> fresh = lookup.read(id);
    if (fresh.isEmpty() || fresh.get().schema().sameShape(cached.schema())) {
      return null;
    }
    requireKey(fresh.get());
    MySqlTable altered = fresh.get().withVersion(cached.schema().version() + 1);
    tables.put(id, altered);
    LOG.info("table {} changed shape: {} -> {}", id, cached.columnNames(), altered.columnNames());
    return new ShapeChange(SchemaChange.Kind.ALTER_TABLE, id, cached.schema(), altered.schema());
  }

  /** The current shape of a captured table, or null. */
  MySqlTable table(TableId id) {
    return tables.get(id);
  }

  /** Reads a captured table's shape when it is not known yet (for TRUNCATE of a table never seen). */
  MySqlTable tableOrLookup(TableId id) {
    MySqlTable table = tables.get(id);
    if (table == null) {
      table = lookup.read(id).orElse(null);
      if (table != null && table.schema().hasPrimaryKey()) {
        tables.put(id, table);
      }
    }
    return table;
  }

  /** Forgets a dropped table, so a table created again under its name is reported as new. */
  void dropped(TableId id) {
    tables.remove(id);
    lastShape.remove(id);
    byTableId.values().removeIf(b -> b.id().equals(id));
  }

  /** The captured tables of a database, for DROP DATABASE. */
  List<TableId> tablesOf(String database) {
    return tables.keySet().stream().filter(t -> t.namespace().equals(database)).sorted().toList();
  }

  boolean captures(TableId id) {
    return filter.test(id);
  }

  private static void requireKey(MySqlTable table) {
    if (!table.schema().hasPrimaryKey()) {
      throw new TributaryException(
          "table " + table.id() + " has no primary key and cannot be captured: add a primary key to it, or exclude"
              + " it with 'tables-exclude' and restart the pipeline");
    }
  }

  /** The part of a table map that tells the table's shape. */
  record TableMapShape(List<String> columnNames, String types, String metadata) {
    static TableMapShape of(TableMapEventData map) {
      List<String> names = map.getEventMetadata() == null ? List.of() : map.getEventMetadata().getColumnNames();
      return new TableMapShape(
          names == null ? List.of() : List.copyOf(names),
          Arrays.toString(map.getColumnTypes()),
          Arrays.toString(map.getColumnMetadata()) + map.getDatabase() + "." + map.getTable());
    }
  }
}
