/**
 * What the captured tables look like: the server's types ({@link
 * io.tributary.connector.postgres.schema.PgTypeCatalog}), how a column type resolves to a logical
 * type ({@link io.tributary.connector.postgres.schema.TypeResolver}), and the tables with their
 * key columns ({@link io.tributary.connector.postgres.schema.SchemaReader}, {@link
 * io.tributary.connector.postgres.schema.PgTable}).
 */
package io.tributary.connector.postgres.schema;
