package io.tributary.cli;

import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration a pipeline runs with, given values and defaults together, as text for the
 * log. Values of secret options are masked.
 */
final class EffectiveConfiguration {
  private EffectiveConfiguration() {}

  /** One line per block: the pipeline, the source, each sink. */
  static String describe(PipelineDefinition definition) {
    List<String> lines = new ArrayList<>();
    lines.add("pipeline " + definition.name() + ": parallelism=" + definition.parallelism()
        + ", state-dir=" + definition.stateDir()
        + ", checkpoint-interval=" + OptionText.format(definition.checkpointInterval())
        + ", batch-size=" + definition.batchSize()
        + ", batch-linger=" + OptionText.format(definition.batchLinger())
        + ", queue-size=" + definition.queueSize()
        + ", max-dead-letters=" + definition.maxDeadLetters());
    lines.add("source (" + definition.source().factory().identifier() + "): "
        + options(definition.source().factory().options(), definition.source().config()));
    for (SinkDefinition sink : definition.sinks()) {
      String common = "tables=" + sink.tables().pattern() + ", on-reject=" + (sink.stopOnReject() ? "stop" : "dead-letter");
      String own = options(sink.factory().options(), sink.config());
      lines.add("sink " + sink.name() + " (" + sink.factory().identifier() + "): " + common + (own.isEmpty() ? "" : ", " + own));
    }
    return String.join(System.lineSeparator(), lines);
  }

  /** {@code key=value} for every option given or defaulted, secrets masked, in declaration order. */
  static String options(List<Option<?>> declared, Config config) {
    List<String> parts = new ArrayList<>();
    Set<String> undeclared = new LinkedHashSet<>(config.keys());
    for (Option<?> option : declared) {
      undeclared.remove(option.key());
      String raw = config.raw(option.key());
      boolean given = raw != null && !raw.isBlank();
      if (!given && option.defaultValue() == null) {
        continue;
      }
      String value = given ? raw : OptionText.format(option.defaultValue());
      parts.add(option.key() + "=" + (option.secret() ? OptionText.MASK : value));
    }
    undeclared.forEach(key -> parts.add(key + "=" + config.raw(key)));
    return String.join(", ", parts);
  }
}
