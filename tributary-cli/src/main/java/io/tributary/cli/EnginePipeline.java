package io.tributary.cli;

import io.tributary.runtime.Pipeline;
import io.tributary.runtime.PipelineDefinition;

/** The runtime's {@link Pipeline}: the one place the CLI starts the engine. */
final class EnginePipeline implements PipelineProcess {
  private final Pipeline pipeline;

  EnginePipeline(PipelineDefinition definition) {
    this.pipeline = new Pipeline(definition);
  }

  @Override
  public int run() throws InterruptedException {
    return pipeline.run();
  }

  @Override
  public void stop() {
    pipeline.stop();
  }
}
