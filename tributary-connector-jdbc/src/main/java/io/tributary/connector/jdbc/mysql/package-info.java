/**
 * The MySQL and MariaDB sink: type mapping that keeps a MySQL source's own column types ({@link
 * io.tributary.connector.jdbc.mysql.MySqlTypes}), DDL and error meanings ({@link
 * io.tributary.connector.jdbc.mysql.MySqlDialect}) and the write path ({@link
 * io.tributary.connector.jdbc.mysql.MySqlSinkWriter}): multi-row {@code INSERT ... ON DUPLICATE
 * KEY UPDATE} and {@code DELETE ... WHERE key IN (...)} statements of up to {@code
 * rows-per-statement} rows. Connects with the MariaDB Connector/J driver, which speaks to both.
 */
package io.tributary.connector.jdbc.mysql;
