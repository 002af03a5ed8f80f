package io.tributary.cli.file;

import io.tributary.api.option.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two halves of a pipeline run across processes with Kafka in between, from one pipeline
 * file whose top-level {@code kafka:} block names the cluster:
 *
 * <ul>
 *   <li>{@link #capture}: the file's source into Kafka — one {@code kafka} sink writing
 *       Debezium-JSON with the schema envelope (every type survives) to
 *       {@code <topic-prefix>.<database>.<table>}, positions in {@code <topic-prefix>.positions};
 *       pipeline {@code <name>-capture}.
 *   <li>{@link #apply}: Kafka into the file's sinks — a {@code kafka} source reading those topics
 *       in the consumer group {@code <topic-prefix>.apply}; every process is its own pipeline
 *       {@code <name>-apply-<member>} with its own state directory, so any number can run side by
 *       side, and each resumes from the group's offsets, which are committed only after its sinks
 *       committed.
 * </ul>
 *
 * The rewritten blocks keep the {@code kafka:} block's positions, so problems point at its lines.
 */
public final class ScaleOut {
  private ScaleOut() {}

  static final Option<String> BOOTSTRAP_SERVERS = Option.string("bootstrap-servers",
      "The Kafka cluster capture writes to and apply reads from: comma-separated host:port pairs.").asRequired();
  static final Option<String> TOPIC_PREFIX = Option.string("topic-prefix",
      "Start of the topics: capture writes <topic-prefix>.<database>.<table> and <topic-prefix>.positions;"
          + " apply's consumer group is <topic-prefix>.apply.").asRequired();
  static final Option<String> PROPERTIES = Option.prefixed("properties",
      "Kafka client settings for both halves, passed through (e.g. properties.security.protocol: SASL_SSL).");

  /** The options of the {@code kafka:} block. */
  public static final List<Option<?>> OPTIONS = List.of(BOOTSTRAP_SERVERS, TOPIC_PREFIX, PROPERTIES);

  /** The file with its sinks replaced by the Kafka sink of the {@code kafka:} block. */
  public static PipelineFile capture(PipelineFile file) {
    Optional<Block> kafka = file.kafka();
    if (kafka.isEmpty()) {
      return missingKafka(file, "capture");
    }
    Block k = kafka.get();
    String prefix = valueOr(k, TOPIC_PREFIX.key(), "tributary");
    Map<String, Block.Entry> sink = new LinkedHashMap<>();
    put(sink, k, "name", "kafka", null);
    put(sink, k, "type", "kafka", null);
    put(sink, k, "bootstrap-servers", k.value(BOOTSTRAP_SERVERS.key()), BOOTSTRAP_SERVERS.key());
    put(sink, k, "format", "debezium-json", TOPIC_PREFIX.key());
    put(sink, k, "debezium.include-schema", "true", TOPIC_PREFIX.key());
    put(sink, k, "topic", prefix + ".{database}.{table}", TOPIC_PREFIX.key());
    put(sink, k, "positions-topic", prefix + ".positions", TOPIC_PREFIX.key());
    put(sink, k, "schema-change-topic", prefix + ".schema-changes", TOPIC_PREFIX.key());
    put(sink, k, "transactional-id-prefix", prefix, TOPIC_PREFIX.key());
    passProperties(k, sink);
    return new PipelineFile(file.file(), renamed(file, "-capture", null), file.source(), Optional.of(k.position()),
        List.of(new Block(k.position(), sink)), List.of(), List.of(), List.of(), file.kafka(), file.problems());
  }

  /** The file with its source replaced by the Kafka source of the {@code kafka:} block; {@code member} names this process. */
  public static PipelineFile apply(PipelineFile file, String member) {
    Optional<Block> kafka = file.kafka();
    if (kafka.isEmpty()) {
      return missingKafka(file, "apply");
    }
    Block k = kafka.get();
    String prefix = valueOr(k, TOPIC_PREFIX.key(), "tributary");
    Map<String, Block.Entry> source = new LinkedHashMap<>();
    put(source, k, "type", "kafka", null);
    put(source, k, "bootstrap-servers", k.value(BOOTSTRAP_SERVERS.key()), BOOTSTRAP_SERVERS.key());
    put(source, k, "format", "debezium-json", TOPIC_PREFIX.key());
    put(source, k, "topic-pattern", Pattern.quote(prefix) + "\\.(?!positions$|schema-changes$).+", TOPIC_PREFIX.key());
    put(source, k, "group-id", prefix + ".apply", TOPIC_PREFIX.key());
    passProperties(k, source);
    return new PipelineFile(file.file(), renamed(file, "-apply-" + member, member), Optional.of(new Block(k.position(), source)),
        file.sinksPosition(), file.sinks(), file.transforms(), file.routes(), file.functions(), file.kafka(), file.problems());
  }

  /** The pipeline block with the name suffixed and, for an apply member, a state directory of its own. */
  private static Optional<Block> renamed(PipelineFile file, String suffix, String member) {
    if (file.pipeline().isEmpty()) {
      return file.pipeline(); // reported by the checker
    }
    Block p = file.pipeline().get();
    Map<String, Block.Entry> entries = new LinkedHashMap<>(p.entries());
    Block.Entry name = p.entries().get("name");
    if (name != null) {
      entries.put("name", new Block.Entry("name", name.value() + suffix, name.keyPosition(), name.valuePosition()));
      Block.Entry dir = p.entries().get("state-dir");
      String base = dir != null ? dir.value() : "./state/" + name.value();
      String stateDir = base + "/" + (member == null ? "capture" : "apply-" + member);
      entries.put("state-dir", dir != null ? new Block.Entry("state-dir", stateDir, dir.keyPosition(), dir.valuePosition())
          : new Block.Entry("state-dir", stateDir, p.position(), p.position()));
    }
    return Optional.of(new Block(p.position(), entries));
  }

  private static void passProperties(Block kafka, Map<String, Block.Entry> into) {
    kafka.entries().forEach((key, e) -> {
      if (key.startsWith("properties.")) {
        into.put(key, e);
      }
    });
  }

  private static void put(Map<String, Block.Entry> into, Block kafka, String key, String value, String from) {
    Block.Entry at = from == null ? null : kafka.entries().get(from);
    var position = at != null ? at.valuePosition() : kafka.position();
    into.put(key, new Block.Entry(key, value == null ? "" : value, position, position));
  }

  private static String valueOr(Block block, String key, String fallback) {
    String v = block.value(key);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static PipelineFile missingKafka(PipelineFile file, String command) {
    List<Problem> problems = new java.util.ArrayList<>(file.problems());
    problems.add(new Problem(FilePosition.START, "'tributary " + command + "' needs a top-level 'kafka' block naming the cluster,"
        + " e.g.\n  kafka:\n    bootstrap-servers: 127.0.0.1:9092\n    topic-prefix: tributary.shop-sync"));
    return new PipelineFile(file.file(), file.pipeline(), file.source(), file.sinksPosition(), file.sinks(), file.transforms(),
        file.routes(), file.functions(), file.kafka(), problems);
  }
}
