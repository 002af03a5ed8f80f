package io.tributary.connector.postgres.stream;

import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import io.tributary.api.schema.TableId;
import io.tributary.connector.postgres.schema.PgTable;
import io.tributary.connector.postgres.schema.PgTypeCatalog;
import io.tributary.connector.postgres.schema.SchemaReader;
import io.tributary.connector.postgres.server.ConnectionLoss;
import io.tributary.connector.postgres.server.ServerEndpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@link TableLookup} of a running stream: reads the catalog over its own SQL connection,
 * opened when first needed and reopened after a failure.
 */
public final class CatalogTableLookup implements TableLookup, AutoCloseable {
  private final ServerEndpoint endpoint;
  private final SchemaReader reader;
  private PgTypeCatalog types;
  private Connection connection;

  public CatalogTableLookup(ServerEndpoint endpoint, SchemaReader reader, PgTypeCatalog types) {
    this.endpoint = endpoint;
    this.reader = reader;
    this.types = types;
  }

  @Override
  public PgTypeCatalog types() {
    return types;
  }

  @Override
  public PgTypeCatalog reloadTypes() {
    try {
      types = PgTypeCatalog.load(connection());
      return types;
    } catch (SQLException e) {
      throw failure("cannot read the types of " + endpoint.address(), e);
    }
  }

  @Override
  public Optional<PgTable> table(TableId id) {
    try {
      return Optional.ofNullable(reader.read(connection(), id::equals, types).tables().get(id));
    } catch (SQLException e) {
      throw failure("cannot read the shape of " + id + " from " + endpoint.address(), e);
    }
  }

  private Connection connection() {
    if (connection == null) {
      connection = endpoint.connect();
    }
    return connection;
  }

  private RuntimeException failure(String message, SQLException e) {
    close();
    if (ConnectionLoss.is(e)) {
      return new RetriableException(message + ": " + e.getMessage(), e);
    }
    return new TributaryException(message + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // going away either way
      }
      connection = null;
    }
  }
}
