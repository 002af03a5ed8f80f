package io.tributary.runtime;

import io.tributary.api.TributaryException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.transform.CompiledTransform;
import io.tributary.transform.RowContext;
import io.tributary.transform.TransformException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the pipeline's {@link TransformDefinition}s to each change, before routing. A target fed
 * through a filter stays equal to the source table filtered: an insert that fails the filter is
 * dropped; an update whose new row passes becomes an update (or an insert, when the old row did
 * not pass), one whose new row fails becomes a delete of the old row (or nothing, when the old row
 * did not pass either); a delete is always passed on (deleting a row the target never got is
 * harmless, and a before image may lack the columns the filter needs). With {@code soft-delete} a
 * delete becomes an upsert of the row with the flag column true.
 *
 * <p>Each rule is compiled once per source shape. Not thread-safe: the dispatcher thread owns it.
 */
final class Transformer {
  private final List<TransformDefinition> definitions;
  private final Map<TableSchema, Compiled> compiled = new IdentityHashMap<>();

  Transformer(List<TransformDefinition> definitions) {
    this.definitions = definitions;
  }

  /** A rule compiled for one source shape; null fields when no rule applies. */
  private record Compiled(TransformDefinition definition, CompiledTransform transform, TableSchema input,
      TableSchema output, int[] maskIndexes, Mask[] masks) {}

  private static final Compiled NONE = new Compiled(null, null, null, null, null, null);

  /** The change as the sinks see it, or null when the rule drops it. */
  ChangeEvent apply(ChangeEvent e) {
    if (definitions.isEmpty()) {
      return e;
    }
    Compiled c = compiled.computeIfAbsent(e.schema(), this::compile);
    if (c == NONE) {
      return e;
    }
    RowContext context = new RowContext(e.op(), e.schema().id(), e.commitMillis(), e.position());
    return switch (e.op()) {
      case INSERT, SNAPSHOT_READ -> c.transform.test(e.after(), context) ? event(e, e.op(), null, project(c, e.after(), context), c) : null;
      case DELETE -> removal(e, c, context);
      case UPDATE -> update(e, c, context);
      default -> throw new IllegalArgumentException(e.op().name());
    };
  }

  private ChangeEvent update(ChangeEvent e, Compiled c, RowContext context) {
    boolean after = c.transform.test(e.after(), context);
    boolean before = passesOrUnknown(c, e.before(), context);
    if (after) {
      Object[] projected = project(c, e.after(), context);
      return before ? event(e, Operation.UPDATE, beforeImage(c, e.before(), context), projected, c)
          : event(e, Operation.INSERT, null, projected, c);
    }
    return before ? removal(e, c, context) : null;
  }

  /** The delete of the old row, or with soft-delete the upsert that flags it. */
  private ChangeEvent removal(ChangeEvent e, Compiled c, RowContext context) {
    Object[] old = beforeImage(c, e.before(), context);
    if (c.definition.softDelete() == null) {
      return event(e, Operation.DELETE, old, null, c);
    }
    Object[] flagged = old.clone();
    flagged[flagged.length - 1] = Boolean.TRUE;
    return event(e, Operation.UPDATE, old, flagged, c);
  }

  private static boolean passesOrUnknown(Compiled c, Object[] before, RowContext context) {
    try {
      return c.transform.test(before, context);
    } catch (TransformException unknown) {
      return true; // the before image lacks a column the filter needs: treat the old row as present
    }
  }

  /** The projected before image; a key-only one when the image lacks columns the projection needs. */
  private Object[] beforeImage(Compiled c, Object[] before, RowContext context) {
    try {
      return project(c, before, context);
    } catch (TransformException e) {
      Object[] keyOnly = new Object[c.output.columns().size()];
      for (int i : c.output.primaryKeyIndexes()) {
        String name = c.output.columns().get(i).name();
        int in = indexOf(c, name);
        if (in < 0) {
          throw e;
        }
        keyOnly[i] = before[in];
      }
      if (c.definition.softDelete() != null) {
        keyOnly[keyOnly.length - 1] = Boolean.FALSE;
      }
      return keyOnly;
    }
  }

  private static int indexOf(Compiled c, String name) {
    return columnIndex(c.input.columns(), name);
  }

  private static Object[] project(Compiled c, Object[] row, RowContext context) {
    Object[] projected = c.transform.project(row, context);
    if (c.definition.softDelete() != null) {
      projected = java.util.Arrays.copyOf(projected, projected.length + 1);
      projected[projected.length - 1] = Boolean.FALSE;
    }
    for (int i = 0; i < c.maskIndexes.length; i++) {
      Object v = projected[c.maskIndexes[i]];
      if (v instanceof String s) {
        projected[c.maskIndexes[i]] = c.masks[i].apply(s);
      }
    }
    return projected;
  }

  private static ChangeEvent event(ChangeEvent e, Operation op, Object[] before, Object[] after, Compiled c) {
    return new ChangeEvent(op, c.output, before, after, e.position(), e.commitMillis(), e.transactionId());
  }

  /** The schema change as the sinks see it: before and after in their transformed shapes. */
  SchemaChange apply(SchemaChange change) {
    if (definitions.isEmpty()) {
      return change;
    }
    TableSchema before = change.before() == null ? null : shape(change.before());
    TableSchema after = change.after() == null ? null : shape(change.after());
    return new SchemaChange(change.kind(), change.table(), before, after, change.position(), change.ddl());
  }

  private TableSchema shape(TableSchema schema) {
    Compiled c = compiled.computeIfAbsent(schema, this::compile);
    return c == NONE ? schema : c.output;
  }

  private Compiled compile(TableSchema input) {
    String name = input.id().toString();
    for (TransformDefinition d : definitions) {
      if (d.sourceTable().matcher(name).matches()) {
        return compile(d, input);
      }
    }
    return NONE;
  }

  private static Compiled compile(TransformDefinition d, TableSchema input) {
    CompiledTransform t = d.rule().compile(input);
    List<Column> columns = new ArrayList<>(t.output().columns());
    if (d.softDelete() != null) {
      columns.add(new Column(d.softDelete(), DataType.bool(), false));
    }
    List<String> key = d.primaryKeys().isEmpty() ? t.output().primaryKey() : d.primaryKeys();
    for (String k : key) {
      if (columns.stream().noneMatch(col -> col.name().equals(k))) {
        throw new TributaryException(d.rule().label() + " on " + input.id() + ": primary-key column '" + k
            + "' is not among the transformed columns");
      }
    }
    if (key.isEmpty() && input.hasPrimaryKey()) {
      throw new TributaryException(d.rule().label() + " on " + input.id() + ": the projection keeps none of the key columns ("
          + String.join(", ", input.primaryKey()) + ") under their own names; keep them, or name the key with primary-keys");
    }
    TableSchema output = new TableSchema(input.id(), columns, key, input.version());
    List<Integer> maskIndexes = new ArrayList<>();
    List<Mask> masks = new ArrayList<>();
    d.masks().forEach((column, mask) -> {
      int index = columnIndex(columns, column);
      if (index < 0 || columns.get(index).type().kind() != DataType.Kind.STRING) {
        throw new TributaryException(d.rule().label() + " on " + input.id() + ": mask." + column
            + (index < 0 ? " names no transformed column" : " applies to text columns only"));
      }
      maskIndexes.add(index);
      masks.add(mask);
    });
    return new Compiled(d, t, input, output, maskIndexes.stream().mapToInt(Integer::intValue).toArray(), masks.toArray(Mask[]::new));
  }

  private static int columnIndex(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
