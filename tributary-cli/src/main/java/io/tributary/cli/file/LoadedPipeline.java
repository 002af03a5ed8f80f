package io.tributary.cli.file;

import io.tributary.api.ConfigException;
import io.tributary.runtime.PipelineDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A checked pipeline file and the definition built from it. Maps a {@link ConfigException} that a
 * connector throws later (from {@code create()}, naming only its key) back to the line of that key.
 *
 * @param file the file as read, with every key's position
 * @param definition the definition the runtime runs
 */
public record LoadedPipeline(PipelineFile file, PipelineDefinition definition) {

  public LoadedPipeline {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(definition, "definition");
  }

  /** The problem a source factory reported, at its key in the {@code source:} block. */
  public Problem sourceProblem(ConfigException e) {
    return problemIn(BlockLabel.source(sourceBlock()), sourceBlock(), e);
  }

  /** The problem the factory of {@code sinks[index]} reported, at its key in that entry. */
  public Problem sinkProblem(int index, ConfigException e) {
    Block block = file.sinks().get(index);
    return problemIn(BlockLabel.sink(index, block), block, e);
  }

  /**
   * The problem for an exception whose block is unknown (thrown by the runtime): at the key when
   * exactly one block has it, else without a position.
   */
  public Problem problem(ConfigException e) {
    List<Problem> candidates = new ArrayList<>();
    if (e.key() != null) {
      file.pipeline().filter(b -> b.entries().containsKey(e.key()))
          .ifPresent(b -> candidates.add(problemIn(BlockLabel.PIPELINE, b, e)));
      if (sourceBlock().entries().containsKey(e.key())) {
        candidates.add(sourceProblem(e));
      }
      for (int i = 0; i < file.sinks().size(); i++) {
        if (file.sinks().get(i).entries().containsKey(e.key())) {
          candidates.add(sinkProblem(i, e));
        }
      }
    }
    return candidates.size() == 1 ? candidates.get(0) : new Problem(null, e.getMessage());
  }

  /** The exception for problems of this file. */
  public PipelineFileException exception(List<Problem> problems) {
    return new PipelineFileException(file.file(), problems);
  }

  private Block sourceBlock() {
    return file.source().orElseThrow();
  }

  private static Problem problemIn(String label, Block block, ConfigException e) {
    return new Problem(block.positionOf(e.key()), label + ": " + e.getMessage());
  }
}
