package io.tributary.connector.postgres.stream;

import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import java.util.Optional;

/** What the stream asks the catalog while it runs: types it has not seen, and tables it has not seen. */
public interface TableLookup {

  /** The types as last loaded. */
  PgTypeCatalog types();

  /** Loads the types again (a Relation message named a type created after the last load). */
  PgTypeCatalog reloadTypes();

  /** The table as the catalog describes it now (columns, nullability, key), or empty when gone. */
  Optional<PgTable> table(TableId id);
}
