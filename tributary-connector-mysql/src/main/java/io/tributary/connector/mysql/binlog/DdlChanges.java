package io.tributary.connector.mysql.binlog;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.SourceContext;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.schema.MySqlTable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a recognised TRUNCATE / DROP statement into schema changes of the captured tables it names. */
final class DdlChanges {
  private static final Logger LOG = LoggerFactory.getLogger(DdlChanges.class);

  private DdlChanges() {}

  /** Emits TRUNCATE_TABLE or DROP_TABLE for each captured table the statement names; returns how many. */
  static int emit(DdlStatement ddl, String sql, BinlogPosition position, TableBindings bindings, SourceContext context)
      throws InterruptedException {
    List<TableId> tables = ddl.kind() == DdlStatement.Kind.DROP_DATABASE ? bindings.tablesOf(ddl.database()) : ddl.tables();
    int emitted = 0;
    for (TableId table : tables) {
      if (!bindings.captures(table)) {
        continue;
      }
      if (ddl.kind() == DdlStatement.Kind.TRUNCATE) {
        MySqlTable shape = bindings.tableOrLookup(table);
        if (shape != null) {
          LOG.info("table {} truncated at {}", table, position);
          context.emit(new SchemaChange(SchemaChange.Kind.TRUNCATE_TABLE, table, shape.schema(), shape.schema(), position, sql));
          emitted++;
        }
        continue;
      }
      MySqlTable shape = bindings.table(table);
      if (shape != null) {
        LOG.info("table {} dropped at {}", table, position);
        context.emit(new SchemaChange(SchemaChange.Kind.DROP_TABLE, table, shape.schema(), null, position, sql));
        bindings.dropped(table);
        emitted++;
      }
    }
    return emitted;
  }
}
