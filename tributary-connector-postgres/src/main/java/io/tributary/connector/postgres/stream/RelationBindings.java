package io.tributary.connector.postgres.stream;

import io.tributary.api.TributaryException;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Relation;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.RelationColumn;
import io.tributary.connector.postgres.schema.PgColumn;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import io.tributary.connector.postgres.schema.TypeResolver;
import io.tributary.connector.postgres.schema.UnsupportedColumnTypeException;
import io.tributary.connector.postgres.value.PgValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which table each relation id of the stream is, in which shape. pgoutput sends a Relation message
 * before a table's first change on a connection and again after its shape changed; its columns
 * (names, declared types) are the shape of the rows that follow, as of when they were written.
 *
 * <p>The known shape of each captured table starts as the catalog's at start-up; a Relation whose
 * columns differ becomes a pending ALTER_TABLE, emitted before the first row in the new shape
 * (the known shape moves only then). A captured table first seen in the stream is CREATE_TABLE.
 * Nullability and keys of a changed shape come from the catalog now (new columns) or the previous
 * shape.
 */
final class RelationBindings {
  private static final Logger LOG = LoggerFactory.getLogger(RelationBindings.class);

  private final Predicate<TableId> filter;
  private final TableLookup lookup;
  private final Map<TableId, PgTable> known;
  private final Map<Integer, RelationBinding> byRelationId = new HashMap<>();

  RelationBindings(Predicate<TableId> filter, TableLookup lookup, Map<TableId, PgTable> known) {
    this.filter = filter;
    this.lookup = lookup;
    this.known = new HashMap<>(known);
  }

  /** Forgets the relation ids of the previous connection (a new one sends its Relation messages again). */
  void newConnection() {
    byRelationId.clear();
  }

  /** The binding of a relation id, or null when no Relation message named it. */
  RelationBinding get(int relationId) {
    return byRelationId.get(relationId);
  }

  /** Binds a Relation message. */
  void bind(Relation relation) {
    TableId id = new TableId(relation.namespace(), relation.name());
    if (!filter.test(id)) {
      byRelationId.put(relation.relationId(), RelationBinding.excluded());
      return;
    }
    PgTable current = known.get(id);
    if (current != null && sameColumns(current, relation.columns())) {
      byRelationId.put(relation.relationId(), RelationBinding.of(current, null));
      return;
    }
    Optional<PgTable> catalog = lookup.table(id);
    if (current == null && catalog.isEmpty()) {
      LOG.warn("table {} appears in the stream but no longer exists; its rows are skipped", id);
      byRelationId.put(relation.relationId(), RelationBinding.excluded());
      return;
    }
    List<PgColumn> columns = columns(id, relation.columns(), current != null ? current : catalog.get());
    PgTable shaped = current != null
        ? current.withColumns(columns)
        : PgTable.of(id, catalog.get().replicaIdentity(), columns, catalog.get().key(), 0, 1);
    requireKeyColumns(shaped);
    SchemaChange.Kind kind = current == null ? SchemaChange.Kind.CREATE_TABLE : SchemaChange.Kind.ALTER_TABLE;
    byRelationId.put(relation.relationId(), RelationBinding.of(shaped, kind));
  }

  /** The shape the sinks were told about for {@code id} before {@code binding}'s pending change. */
  PgTable knownShape(TableId id) {
    return known.get(id);
  }

  /** Records that {@code binding}'s pending change was emitted: its shape is now the known one. */
  void changeEmitted(RelationBinding binding) {
    PgTable table = binding.table();
    LOG.info("table {} {}: columns {}", table.id(),
        binding.pendingChange() == SchemaChange.Kind.CREATE_TABLE ? "is new" : "changed shape", table.columnNames());
    known.put(table.id(), table);
    binding.changeEmitted();
  }

  private static boolean sameColumns(PgTable table, List<RelationColumn> columns) {
    if (table.columns().size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      RelationColumn c = columns.get(i);
      if (!table.columns().get(i).sameDeclaration(c.name(), c.typeOid(), c.typmod())) {
        return false;
      }
    }
    return true;
  }

  private List<PgColumn> columns(TableId id, List<RelationColumn> relationColumns, PgTable reference) {
    Map<String, Boolean> nullable = new HashMap<>();
    lookup.table(id).ifPresent(t -> t.columns().forEach(c -> nullable.put(c.name(), c.nullable())));
    reference.columns().forEach(c -> nullable.putIfAbsent(c.name(), c.nullable()));
    List<PgColumn> out = new ArrayList<>(relationColumns.size());
    for (RelationColumn c : relationColumns) {
      PgValueType type = resolve(id, c);
      out.add(new PgColumn(c.name(), c.typeOid(), c.typmod(), type, nullable.getOrDefault(c.name(), true)));
    }
    return out;
  }

  private PgValueType resolve(TableId id, RelationColumn column) {
    PgTypeCatalog types = lookup.types();
    if (types.type(column.typeOid()) == null) {
      types = lookup.reloadTypes();
    }
    try {
      return TypeResolver.resolve(types, column.typeOid(), column.typmod());
    } catch (UnsupportedColumnTypeException e) {
      throw new TributaryException("column " + id + "." + column.name() + " has " + e.getMessage()
          + "; change the column's type, or leave the table out with 'tables-exclude', and restart the pipeline", e);
    }
  }

  private static void requireKeyColumns(PgTable table) {
    List<String> names = table.columnNames();
    List<String> missing = table.key().stream().filter(k -> !names.contains(k)).toList();
    if (!missing.isEmpty()) {
      throw new TributaryException("key columns " + missing + " of " + table.id() + " were dropped upstream; Tributary"
          + " cannot tell its rows apart any more. Give the table a key again (or name one with 'primary-keys') and"
          + " copy it again");
    }
  }
}
