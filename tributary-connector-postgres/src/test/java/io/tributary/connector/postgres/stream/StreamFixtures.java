package io.tributary.connector.postgres.stream;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.postgres.schema.PgColumn;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import io.tributary.connector.postgres.schema.PgTypeCatalog.PgTypeRow;
import io.tributary.connector.postgres.schema.TypeResolver;
import io.tributary.connector.postgres.value.PgOid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made catalog, tables and a recording context for stream tests. */
final class StreamFixtures {
  static final TableId ITEMS = new TableId("public", "items");
  static final PgTypeCatalog TYPES = new PgTypeCatalog(Map.of(
      PgOid.INT4, new PgTypeRow(PgOid.INT4, "pg_catalog", "int4", 'b', 'N', 0, -1, 0, 4),
      PgOid.TEXT, new PgTypeRow(PgOid.TEXT, "pg_catalog", "text", 'b', 'S', 0, -1, 0, -1),
      PgOid.VARCHAR, new PgTypeRow(PgOid.VARCHAR, "pg_catalog", "varchar", 'b', 'S', 0, -1, 0, -1)), Map.of());

  private StreamFixtures() {}

  static PgColumn column(String name, int oid, boolean nullable) {
    return new PgColumn(name, oid, -1, TypeResolver.resolve(TYPES, oid, -1), nullable);
  }

  /** public.items (id integer key, note text), with the given replica identity. */
  static PgTable items(char identity) {
    return PgTable.of(ITEMS, identity, List.of(column("id", PgOid.INT4, false), column("note", PgOid.TEXT, true)),
        List.of("id"), 0, 1);
  }

  /** A lookup that knows the given tables and never changes. */
  static TableLookup lookup(PgTable... tables) {
    Map<TableId, PgTable> byId = new HashMap<>();
    for (PgTable t : tables) {
      byId.put(t.id(), t);
    }
    return new TableLookup() {
      @Override
      public PgTypeCatalog types() {
        return TYPES;
      }

      @Override
      public PgTypeCatalog reloadTypes() {
        return TYPES;
      }

      @Override
      public Optional<PgTable> table(TableId id) {
        return Optional.ofNullable(byId.get(id));
      }
    };
  }

  /** Keeps what the handler emits, in order, and counts flushes. */
  static final class RecordingContext implements SourceContext {
    final List<Object> output = new ArrayList<>();
    int flushes;

    @Override
    public void emit(ChangeEvent event) {
      output.add(event);
    }

    @Override
    public void emit(SchemaChange change) {
      output.add(change);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public String pipelineName() {
      return "test";
    }

    List<ChangeEvent> events() {
      return output.stream().filter(ChangeEvent.class::isInstance).map(ChangeEvent.class::cast).toList();
    }

    List<SchemaChange> changes() {
      return output.stream().filter(SchemaChange.class::isInstance).map(SchemaChange.class::cast).toList();
    }
  }
}
