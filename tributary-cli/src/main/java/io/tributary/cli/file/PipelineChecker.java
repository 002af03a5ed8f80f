package io.tributary.cli.file;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.source.SourceFactory;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineDefinition;
import io.tributary.runtime.PipelineDefinition.SinkDefinition;
import io.tributary.runtime.PipelineDefinition.SourceDefinition;
import io.tributary.runtime.PipelineOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks a {@link PipelineFile} against the options of the runtime and of the connector factories
 * its blocks name, and builds the {@link PipelineDefinition}. Every problem of the file is
 * collected and reported together in one {@link PipelineFileException}.
 */
public final class PipelineChecker {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Set<String> SOURCE_RUNTIME_KEYS = Set.of(PipelineOptions.SOURCE_TYPE.key());
  private static final Set<String> SINK_RUNTIME_KEYS =
      PipelineOptions.SINK_COMMON.stream().map(Option::key).collect(Collectors.toUnmodifiableSet());

  private final Connectors connectors;

  public PipelineChecker(Connectors connectors) {
    this.connectors = connectors;
  }

  /**
   * The definition the file describes.
   *
   * @throws PipelineFileException with every problem of the file
   */
  public PipelineDefinition check(PipelineFile file) {
    Problems problems = new Problems();
    problems.addAll(file.problems());
    checkPipeline(file, problems);
    SourceFactory source = checkSource(file, problems);
    List<SinkFactory> sinks = checkSinks(file, problems);
    Transforms.check(file.transforms(), problems);
    Routes.check(file.routes(), problems);
    FunctionBlocks.check(file.file(), file.functions(), problems);
    file.kafka().ifPresent(block -> OptionCheck.check("kafka", block, ScaleOut.OPTIONS, true, problems));
    problems.throwIfAny(file.file());
    return definition(file, source, sinks);
  }

  private void checkPipeline(PipelineFile file, Problems problems) {
    if (file.pipeline().isEmpty()) {
      problems.add(FilePosition.START, "missing block 'pipeline'; it needs at least 'name: <pipeline name>'");
      return;
    }
    Block block = file.pipeline().get();
    int before = problems.size();
    OptionCheck.check(BlockLabel.PIPELINE, block, PipelineOptions.ALL, true, problems);
    if (problems.size() > before || block.entries().values().stream().anyMatch(e -> problems.hasAt(e.valuePosition()))) {
      return; // the range checks below need values that parse
    }
    Config config = new Config(block.values(Set.of()));
    checkName(BlockLabel.PIPELINE, block, config.get(PipelineOptions.NAME), problems);
    atLeast(block, PipelineOptions.PARALLELISM, config, 1, problems);
    atLeast(block, PipelineOptions.BATCH_SIZE, config, 1, problems);
    atLeast(block, PipelineOptions.QUEUE_SIZE, config, 1, problems);
    atLeast(block, PipelineOptions.MAX_DEAD_LETTERS, config, 0, problems);
    if (config.get(PipelineOptions.BATCH_LINGER).isNegative()) {
      problems.addForValue(block.positionOf(PipelineOptions.BATCH_LINGER.key()),
          "pipeline: 'batch-linger' must not be negative, e.g. 10ms (0 writes each batch at once)");
    }
    Duration interval = config.get(PipelineOptions.CHECKPOINT_INTERVAL);
    if (interval.isZero() || interval.isNegative()) {
      problems.addForValue(block.positionOf(PipelineOptions.CHECKPOINT_INTERVAL.key()),
          "pipeline: 'checkpoint-interval' must be longer than zero, e.g. 1s");
    }
  }

  private SourceFactory checkSource(PipelineFile file, Problems problems) {
    if (file.source().isEmpty()) {
      problems.add(FilePosition.START, "missing block 'source'; it needs at least 'type', e.g. 'type: mysql'");
      return null;
    }
    Block block = file.source().get();
    String label = BlockLabel.source(block);
    SourceFactory factory = factory(block, label, connectors::source, problems);
    List<Option<?>> options = new ArrayList<>(List.of(PipelineOptions.SOURCE_TYPE));
    if (factory != null) {
      options.addAll(factory.options());
    }
    OptionCheck.check(label, block, options, factory != null, problems);
    return factory;
  }

  private List<SinkFactory> checkSinks(PipelineFile file, Problems problems) {
    if (file.sinksPosition().isEmpty()) {
      problems.add(FilePosition.START, "missing block 'sinks'; a pipeline needs at least one sink");
    } else if (file.sinks().isEmpty()) {
      problems.addForValue(file.sinksPosition().get(), "'sinks' is empty; a pipeline needs at least one sink");
    }
    List<SinkFactory> factories = new ArrayList<>();
    Map<String, Integer> firstIndexByName = new HashMap<>();
    for (int i = 0; i < file.sinks().size(); i++) {
      Block block = file.sinks().get(i);
      String label = BlockLabel.sink(i, block);
      SinkFactory factory = factory(block, label, connectors::sink, problems);
      List<Option<?>> options = new ArrayList<>(PipelineOptions.SINK_COMMON);
      if (factory != null) {
        options.addAll(factory.options());
      }
      OptionCheck.check(label, block, options, factory != null, problems);
      checkSinkName(i, block, label, firstIndexByName, problems);
      checkTables(block, label, problems);
      factories.add(factory);
    }
    return factories;
  }

  private static <F> F factory(Block block, String label, Function<String, F> lookup, Problems problems) {
    String type = block.value(PipelineOptions.SOURCE_TYPE.key());
    if (type == null || type.isBlank()) {
      return null; // reported as a missing required key
    }
    try {
      return lookup.apply(type);
    } catch (ConfigException e) {
      problems.addForValue(block.positionOf("type"), label + ": " + e.getMessage());
      return null;
    }
  }

  private static void checkSinkName(int index, Block block, String label, Map<String, Integer> firstIndexByName, Problems problems) {
    String name = block.value(PipelineOptions.SINK_NAME.key());
    if (name == null || name.isBlank()) {
      return;
    }
    checkName(label, block, name, problems);
    Integer first = firstIndexByName.putIfAbsent(name, index);
    if (first != null) {
      problems.addForValue(block.positionOf("name"),
          label + ": duplicate sink name '" + name + "' (also sinks[" + first + "]); sink names must be unique");
    }
  }

  private static void checkTables(Block block, String label, Problems problems) {
    String tables = block.value(PipelineOptions.SINK_TABLES.key());
    if (tables == null || tables.isBlank()) {
      return;
    }
    try {
      Pattern.compile(tables);
    } catch (PatternSyntaxException e) {
      problems.addForValue(block.positionOf("tables"), label + ": 'tables' is not a valid regular expression: "
          + e.getDescription() + " near index " + e.getIndex() + " of '" + tables + "'");
    }
  }

  private static void checkName(String label, Block block, String name, Problems problems) {
    if (!NAME.matcher(name).matches()) {
      problems.addForValue(block.positionOf("name"), label + ": name '" + name
          + "' may hold only letters, digits, '.', '_' and '-' (it names directories and offset rows)");
    }
  }

  private static void atLeast(Block block, Option<? extends Number> option, Config config, long min, Problems problems) {
    if (config.get(option).longValue() < min) {
      problems.addForValue(block.positionOf(option.key()),
          "pipeline: '" + option.key() + "' must be at least " + min + ", not " + config.get(option));
    }
  }

  private static PipelineDefinition definition(PipelineFile file, SourceFactory sourceFactory, List<SinkFactory> sinkFactories) {
    Config pipeline = new Config(file.pipeline().orElseThrow().values(Set.of()));
    String name = pipeline.get(PipelineOptions.NAME);
    String stateDir = pipeline.get(PipelineOptions.STATE_DIR);
    Block sourceBlock = file.source().orElseThrow();
    List<SinkDefinition> sinks = new ArrayList<>();
    for (int i = 0; i < sinkFactories.size(); i++) {
      Block block = file.sinks().get(i);
      Config common = new Config(block.values(Set.of()));
      sinks.add(new SinkDefinition(
          common.get(PipelineOptions.SINK_NAME),
          sinkFactories.get(i),
          new Config(block.values(SINK_RUNTIME_KEYS)),
          Pattern.compile(common.get(PipelineOptions.SINK_TABLES)),
          "stop".equals(common.get(PipelineOptions.SINK_ON_REJECT))));
    }
    return new PipelineDefinition(
        name,
        pipeline.get(PipelineOptions.PARALLELISM),
        stateDir == null ? Path.of(".", "state", name) : Path.of(stateDir),
        pipeline.get(PipelineOptions.CHECKPOINT_INTERVAL),
        pipeline.get(PipelineOptions.BATCH_SIZE),
        pipeline.get(PipelineOptions.BATCH_LINGER),
        pipeline.get(PipelineOptions.QUEUE_SIZE),
        pipeline.get(PipelineOptions.MAX_DEAD_LETTERS),
        new SourceDefinition(sourceFactory, new Config(sourceBlock.values(SOURCE_RUNTIME_KEYS))),
        sinks,
        Transforms.of(file.transforms()),
        Routes.of(file.routes()),
        FunctionBlocks.of(file.file(), file.functions()));
  }
}
