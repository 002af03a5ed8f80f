/**
 * The MySQL/MariaDB source: its options ({@link io.tributary.connector.mysql.MySqlSourceOptions}),
 * factory ({@link io.tributary.connector.mysql.MySqlSourceFactory}) and the source itself ({@link
 * io.tributary.connector.mysql.MySqlSource}), which takes a consistent snapshot ({@code .snapshot})
 * and then reads the binary log ({@code .binlog}).
 */
package io.tributary.connector.mysql;
