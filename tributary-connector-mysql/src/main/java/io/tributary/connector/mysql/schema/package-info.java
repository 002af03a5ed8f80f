/**
 * What the captured tables look like: MySQL column types mapped to Tributary's logical types
 * ({@link io.tributary.connector.mysql.schema.MySqlColumnTypes}), table shapes read from
 * {@code information_schema} ({@link io.tributary.connector.mysql.schema.SchemaReader}) and the
 * per-column facts both readers need ({@link io.tributary.connector.mysql.schema.MySqlTable}).
 */
package io.tributary.connector.mysql.schema;
