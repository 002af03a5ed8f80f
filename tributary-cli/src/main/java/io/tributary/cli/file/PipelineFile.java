package io.tributary.cli.file;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pipeline file as read, before its blocks are checked against the declared options.
 *
 * @param file the file as the user named it, used in every problem line
 * @param pipeline the {@code pipeline:} block, when present
 * @param source the {@code source:} block, when present
 * @param sinksPosition where the {@code sinks:} list is, when present
 * @param sinks the entries of {@code sinks:}, in file order
 * @param transforms the entries of {@code transform:}, in file order
 * @param routes the entries of {@code route:}, in file order
 * @param functions the entries of {@code functions:}, in file order
 * @param kafka the {@code kafka:} block (the cluster {@code capture} and {@code apply} share), when present
 * @param problems what could not be read (unset variables, duplicate keys, unknown blocks); the
 *     checker reports them together with its own
 */
public record PipelineFile(
    String file,
    Optional<Block> pipeline,
    Optional<Block> source,
    Optional<FilePosition> sinksPosition,
    List<Block> sinks,
    List<Block> transforms,
    List<Block> routes,
    List<Block> functions,
    Optional<Block> kafka,
    List<Problem> problems) {

  public PipelineFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sinksPosition, "sinksPosition");
    sinks = List.copyOf(sinks);
    transforms = List.copyOf(transforms);
    routes = List.copyOf(routes);
    functions = List.copyOf(functions);
    Objects.requireNonNull(kafka, "kafka");
    problems = List.copyOf(problems);
  }
}
