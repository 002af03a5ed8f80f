/**
 * Following the binary log: the client's lifecycle and reconnects ({@link
 * io.tributary.connector.mysql.binlog.BinlogReader}), where a binlog row becomes a {@link
 * io.tributary.api.event.ChangeEvent} ({@link io.tributary.connector.mysql.binlog.BinlogEventHandler}),
 * which tables the rows belong to and in what shape ({@link
 * io.tributary.connector.mysql.binlog.TableBindings}), and how each binlog value becomes a logical
 * value ({@link io.tributary.connector.mysql.binlog.BinlogValueConverters}, fed by the client's
 * deserializer as {@link io.tributary.connector.mysql.binlog.BinlogEventDeserializers} configures it).
 */
package io.tributary.connector.mysql.binlog;
