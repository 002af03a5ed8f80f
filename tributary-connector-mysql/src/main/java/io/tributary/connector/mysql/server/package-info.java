/**
 * Talking to the MySQL/MariaDB server over JDBC: connections ({@link
 * io.tributary.connector.mysql.server.ServerEndpoint}), what server it is ({@link
 * io.tributary.connector.mysql.server.ServerFlavor}), its binary logs ({@link
 * io.tributary.connector.mysql.server.BinlogFiles}) and the settings and privileges capture needs
 * ({@link io.tributary.connector.mysql.server.ServerPrerequisites}).
 */
package io.tributary.connector.mysql.server;
