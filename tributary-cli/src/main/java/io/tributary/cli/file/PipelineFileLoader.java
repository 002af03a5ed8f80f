package io.tributary.cli.file;

import io.tributary.runtime.Connectors;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads and checks a pipeline file: the one entry point the commands use. */
public final class PipelineFileLoader {
  private final PipelineFileReader reader;
  private final PipelineChecker checker;

  /**
   * @param connectors the factories the file's types are looked up in
   * @param environment an environment variable's value by name, null when unset
   */
  public PipelineFileLoader(Connectors connectors, Function<String, String> environment) {
    this.reader = new PipelineFileReader(environment);
    this.checker = new PipelineChecker(connectors);
  }

  /**
   * The checked pipeline.
   *
   * @throws PipelineFileException with every problem of the file
   */
  public LoadedPipeline load(Path path) {
    PipelineFile file = reader.read(path);
    return new LoadedPipeline(file, checker.check(file));
  }

  /**
   * The checked pipeline after {@code rewrite} turned the file as read into what is to run (for
   * {@code capture} and {@code apply}: {@link ScaleOut}).
   */
  public LoadedPipeline load(Path path, java.util.function.UnaryOperator<PipelineFile> rewrite) {
    PipelineFile file = rewrite.apply(reader.read(path));
    return new LoadedPipeline(file, checker.check(file));
  }

  /** Like {@link #load(Path)} for text already read; {@code file} names it in problems. */
  public LoadedPipeline load(String file, String text) {
    PipelineFile read = reader.read(file, text);
    return new LoadedPipeline(read, checker.check(read));
  }
}
