package io.tributary.runtime;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the pipeline's {@link TableRoute}s: renames each event's table, and adds the source
 * table column to rows and keys where a route asks for it. The routed shape of each source shape
 * is computed once. Schema changes are routed too; a routed table is never dropped or truncated
 * for one of its sources (other shards may still feed it): such a change is logged and skipped.
 * Not thread-safe: the dispatcher thread owns it.
 */
final class Router {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final List<TableRoute> routes;
  private final Map<TableSchema, Routed> shapes = new IdentityHashMap<>();

  Router(List<TableRoute> routes) {
    this.routes = routes;
  }

  /** The routed shape of a source shape, and whether rows gain the source table column. */
  private record Routed(TableSchema schema, String sourceName) {}

  /** The event as the sinks see it (the same instance when no route matches). */
  ChangeEvent route(ChangeEvent e) {
    if (routes.isEmpty()) {
      return e;
    }
    Routed routed = shapes.computeIfAbsent(e.schema(), this::routedShape);
    if (routed.schema == e.schema()) {
      return e;
    }
    return new ChangeEvent(e.op(), routed.schema, extend(e.before(), routed), extend(e.after(), routed), e.position(),
        e.commitMillis(), e.transactionId());
  }

  /** The schema change as the sinks see it, or null when it must not reach them. */
  SchemaChange route(SchemaChange c) {
    TableRoute route = routeOf(c.table());
    if (route == null) {
      return c;
    }
    if (c.kind() == SchemaChange.Kind.DROP_TABLE || c.kind() == SchemaChange.Kind.TRUNCATE_TABLE) {
      LOG.warn("{} of {} not applied to its routed table {}: other source tables may feed it", c.kind(), c.table(),
          target(route, c.table()));
      return null;
    }
    TableSchema before = c.before() == null ? null : shapes.computeIfAbsent(c.before(), this::routedShape).schema;
    TableSchema after = c.after() == null ? null : shapes.computeIfAbsent(c.after(), this::routedShape).schema;
    return new SchemaChange(c.kind(), target(route, c.table()), before, after, c.position(), c.ddl());
  }

  private Routed routedShape(TableSchema schema) {
    TableRoute route = routeOf(schema.id());
    if (route == null) {
      return new Routed(schema, null);
    }
    TableId target = target(route, schema.id());
    String column = route.sourceTableColumn();
    if (column == null) {
      return new Routed(new TableSchema(target, schema.columns(), schema.primaryKey(), schema.version()), null);
    }
    if (schema.columns().stream().anyMatch(c -> c.name().equals(column))) {
      throw new TributaryException("route of " + schema.id() + ": table already has a column '" + column
          + "'; choose another source-table-column");
    }
    List<Column> columns = new ArrayList<>(schema.columns());
    columns.add(new Column(column, DataType.string(255), false));
    List<String> key = new ArrayList<>(schema.primaryKey());
    key.add(column);
    return new Routed(new TableSchema(target, columns, key, schema.version()), schema.id().toString());
  }

  private TableRoute routeOf(TableId table) {
    String name = table.toString();
    for (TableRoute r : routes) {
      if (r.sourceTable().matcher(name).matches()) {
        return r;
      }
    }
    return null;
  }

  private static TableId target(TableRoute route, TableId source) {
    Matcher m = route.sourceTable().matcher(source.toString());
    if (!m.matches()) {
      throw new IllegalStateException("route does not match " + source);
    }
    StringBuilder out = new StringBuilder();
    m.appendReplacement(out, route.sinkTable());
    String name = out.toString();
    int dot = name.indexOf('.');
    return dot < 0 ? new TableId(source.namespace(), name) : new TableId(name.substring(0, dot), name.substring(dot + 1));
  }

  private static Object[] extend(Object[] row, Routed routed) {
    if (row == null || routed.sourceName == null) {
      return row;
    }
    Object[] out = Arrays.copyOf(row, row.length + 1);
    out[row.length] = routed.sourceName;
    return out;
  }
}
