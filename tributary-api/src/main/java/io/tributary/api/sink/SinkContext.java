package io.tributary.api.sink;

/**
 * What the runtime tells a {@link Sink} when it opens it.
 *
 * @param pipelineName the pipeline's name: the key of this pipeline's rows in the sink's offsets
 *     table
 * @param sinkName the sink's name in the pipeline file
 * @param lanes how many lanes will write (writers 0..lanes-1)
 * @param rejectedRows where rows the target refuses go
 */
public record SinkContext(String pipelineName, String sinkName, int lanes, RejectedRows rejectedRows) {}
