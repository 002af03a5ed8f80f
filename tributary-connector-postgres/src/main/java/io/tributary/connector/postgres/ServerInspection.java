package io.tributary.connector.postgres;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.schema.PgColumn;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import io.tributary.connector.postgres.schema.SchemaReader;
import io.tributary.connector.postgres.server.ConnectionLoss;
import io.tributary.connector.postgres.server.ReplicationSlot;
import io.tributary.connector.postgres.server.ServerPrerequisites;
import io.tributary.connector.postgres.server.ServerSettings;
import io.tributary.connector.postgres.value.PgOid;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the server before anything is captured: its settings and the user's rights (every
 * problem reported at once), its types, the captured tables and their keys, whether the slot
 * exists, and whether the stream can take binary values.
 */
final class ServerInspection {
  private static final Logger LOG = LoggerFactory.getLogger(ServerInspection.class);

  /**
   * What the inspection found.
   *
   * @param settings the server's settings
   * @param types the server's types
   * @param tables the captured tables, in id order
   * @param slotExists whether the pipeline's slot exists
   * @param binaryTuples whether the stream asks for binary values
   */
  record Result(
      ServerSettings settings, PgTypeCatalog types, SortedMap<TableId, PgTable> tables, boolean slotExists,
      boolean binaryTuples) {}

  private final PostgresSourceConfig config;

  ServerInspection(PostgresSourceConfig config) {
    this.config = config;
  }

  /**
   * Inspects the server.
   *
   * @throws RetriableException when the server cannot be reached
   * @throws TributaryException naming every unmet prerequisite and every table that cannot be captured
   */
  Result inspect() {
    String address = config.endpoint().address();
    try (Connection connection = config.endpoint().connect()) {
      ServerSettings settings = ServerSettings.read(connection);
      PgTypeCatalog types = PgTypeCatalog.load(connection);
      SchemaReader.Catalog catalog = new SchemaReader(config.keyColumns()).read(connection, config.tables(), types);
      boolean slotExists = ReplicationSlot.read(connection, config.slotName(), config.endpoint().database()).isPresent();
      ServerPrerequisites.check(settings, slotExists || config.startupMode() == StartupMode.SNAPSHOT,
          catalog.unreadable(), address);
      if (catalog.tables().isEmpty()) {
        throw new TributaryException("no table of " + address + " matches 'tables' (" + config.tables()
            + "); check the patterns: each must match the whole 'schema.table' name");
      }
      catalog.tables().values().forEach(ServerInspection::warnIfUnchangedToastPossible);
      return new Result(settings, types, catalog.tables(), slotExists, binaryTuples(settings));
    } catch (SQLException e) {
      if (ConnectionLoss.is(e)) {
        throw new RetriableException("lost the connection to " + address + ": " + e.getMessage(), e);
      }
      throw new TributaryException("cannot read the catalog of " + address + ": " + e.getMessage(), e);
    }
  }

  private boolean binaryTuples(ServerSettings settings) {
    if (!config.binaryTuples()) {
      return false;
    }
    if (!settings.binaryTuplesSupported()) {
      LOG.warn("'binary-tuples' is on but {} cannot send binary values (needs 14+); streaming text values",
          settings.displayName());
      return false;
    }
    return true;
  }

  /** Warns about columns whose large values an UPDATE may leave out (REPLICA IDENTITY not FULL). */
  private static void warnIfUnchangedToastPossible(PgTable table) {
    if (table.fullIdentity()) {
      return;
    }
    List<String> toastable = table.columns().stream().filter(c -> toastable(c)).map(PgColumn::name).toList();
    if (!toastable.isEmpty()) {
      LOG.warn("table {} has REPLICA IDENTITY {} and columns that may hold large (TOASTed) values: {}. An UPDATE that"
          + " leaves such a value unchanged does not carry it: the targets keep the value they have, and a row missing"
          + " at a target is rejected; run ALTER TABLE ... REPLICA IDENTITY FULL to capture those updates whole", table.id(), table.replicaIdentity() == 'i' ? "USING INDEX"
          : "DEFAULT", toastable);
    }
  }

  /** Whether values of the column may be stored out of line (variable-length types that can grow past ~2 kB). */
  private static boolean toastable(PgColumn column) {
    DataType type = column.valueType().type();
    return switch (column.valueType().oid()) {
      case PgOid.TEXT, PgOid.VARCHAR, PgOid.BPCHAR -> type.precision() < 0 || type.precision() > 500;
      case PgOid.BYTEA, PgOid.JSON, PgOid.JSONB -> true;
      case PgOid.NUMERIC -> type.precision() == 0;
      default -> type.kind() == DataType.Kind.ARRAY;
    };
  }
}
