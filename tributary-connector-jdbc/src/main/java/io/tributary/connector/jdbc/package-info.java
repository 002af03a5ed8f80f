/**
 * What the PostgreSQL and MySQL/MariaDB sinks share: the connection options, the offsets store,
 * creating and extending target tables, the transaction around each batch (data and source position
 * committed together), telling connection faults from refused rows, and writing a batch row by row
 * when the target refuses some of its rows.
 *
 * <p>Each database has a subpackage with its dialect (quoting, type mapping, DDL) and its writer
 * (the fast bulk path): {@link io.tributary.connector.jdbc.postgres} and {@link
 * io.tributary.connector.jdbc.mysql}.
 */
package io.tributary.connector.jdbc;
