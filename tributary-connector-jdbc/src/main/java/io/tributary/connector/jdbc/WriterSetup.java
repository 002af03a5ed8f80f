package io.tributary.connector.jdbc;

import io.tributary.api.sink.SinkContext;
import java.sql.Connection;

/**
 * What a lane writer is made from.
 *
 * @param sinkName the sink's name, for messages
 * @param lane the lane number
 * @param context the sink's context (pipeline name, rejected rows)
 * @param dialect the target's dialect
 * @param offsets the offsets store of this (pipeline, sink)
 * @param connection the writer's own connection; the writer closes it
 */
public record WriterSetup(
    String sinkName,
    int lane,
    SinkContext context,
    SqlDialect dialect,
    OffsetStore offsets,
    Connection connection) {}
