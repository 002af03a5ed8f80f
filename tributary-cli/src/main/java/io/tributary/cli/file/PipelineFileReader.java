package io.tributary.cli.file;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a pipeline file's YAML into {@link Block}s that remember the line and column of every key
 * and value, substituting environment variables in every key and value.
 *
 * <p>The top-level blocks a file may have are declared in one place, {@link #blockReaders()};
 * any other top-level key is reported as unknown. A file that is not valid YAML is reported at
 * once; every other problem is kept in {@link PipelineFile#problems()} so the checker can report
 * it together with its own.
 */
public final class PipelineFileReader {
  private final VariableSubstitution variables;

  /** @param environment an environment variable's value by name, null when unset */
  public PipelineFileReader(Function<String, String> environment) {
    this.variables = new VariableSubstitution(environment);
  }

  /** Reads the file; {@code path.toString()} names it in problems. */
  public PipelineFile read(Path path) {
    String file = path.toString();
    try {
      return read(file, Files.readString(path, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw fileProblem(file, "no such file");
    } catch (CharacterCodingException e) {
      throw fileProblem(file, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw fileProblem(file, "cannot read the file: " + e.getMessage());
    }
  }

  /** Reads pipeline-file text; {@code file} names it in problems. */
  public PipelineFile read(String file, String text) {
    Node root = compose(file, text);
    Reading reading = new Reading(file);
    Map<String, BiConsumer<Node, Reading>> readers = blockReaders();
    for (NodeTuple tuple : ((MappingNode) root).getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        reading.problems.add(YamlBlocks.position(tuple.getKeyNode().getStartMark()), "a block name must be a plain word");
        continue;
      }
      String name = reading.yaml.text(keyNode);
      FilePosition at = YamlBlocks.position(keyNode.getStartMark());
      BiConsumer<Node, Reading> reader = readers.get(name);
      if (reader == null) {
        reading.problems.add(at, "unknown block '" + name + "'" + KeySuggestion.hint(name, readers.keySet(), "blocks"));
      } else if (!reading.seen.add(name)) {
        reading.problems.add(at, "block '" + name + "' appears twice; merge the two");
      } else {
        reader.accept(tuple.getValueNode(), reading);
      }
    }
    return reading.result();
  }

  /** The top-level blocks a pipeline file may have, in the order the docs list them. */
  private static Map<String, BiConsumer<Node, Reading>> blockReaders() {
    Map<String, BiConsumer<Node, Reading>> readers = new LinkedHashMap<>();
    readers.put("pipeline", (node, r) -> r.pipeline = Optional.of(r.yaml.block(node, "pipeline")));
    readers.put("source", (node, r) -> r.source = Optional.of(r.yaml.block(node, "source")));
    readers.put("sinks", PipelineFileReader::readSinks);
    readers.put("transform", (node, r) -> readList(node, r, "transform", r.transforms));
    readers.put("route", (node, r) -> readList(node, r, "route", r.routes));
    readers.put("functions", (node, r) -> readList(node, r, "functions", r.functions));
    readers.put("kafka", (node, r) -> r.kafka = Optional.of(r.yaml.block(node, "kafka")));
    return readers;
  }

  private static void readSinks(Node node, Reading r) {
    r.sinksPosition = Optional.of(YamlBlocks.position(node.getStartMark()));
    if (YamlBlocks.isNull(node)) {
      return;
    }
    if (!(node instanceof SequenceNode list)) {
      r.problems.add(YamlBlocks.position(node.getStartMark()),
          "'sinks' must be a list: start each sink with '- ', e.g. '- name: warehouse'");
      return;
    }
    for (Node item : list.getValue()) {
      if (item instanceof MappingNode) {
        r.sinks.add(r.yaml.block(item, "sinks"));
      } else {
        r.problems.add(YamlBlocks.position(item.getStartMark()),
            "each entry of 'sinks' must be a block of 'key: value' lines, e.g. '- name: warehouse'");
      }
    }
  }

  private static String example(String list) {
    return list.equals("functions") ? "- name: enrich" : "- source-table: shop\\.orders";
  }

  /** A list of blocks, like {@code route:} or {@code transform:}. */
  private static void readList(Node node, Reading r, String name, List<Block> into) {
    if (YamlBlocks.isNull(node)) {
      return;
    }
    if (!(node instanceof SequenceNode list)) {
      r.problems.add(YamlBlocks.position(node.getStartMark()),
          "'" + name + "' must be a list: start each entry with '- ', e.g. '" + example(name) + "'");
      return;
    }
    for (Node item : list.getValue()) {
      if (item instanceof MappingNode) {
        into.add(r.yaml.block(item, name));
      } else {
        r.problems.add(YamlBlocks.position(item.getStartMark()),
            "each entry of '" + name + "' must be a block of 'key: value' lines, e.g. '" + example(name) + "'");
      }
    }
  }

  private static Node compose(String file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlBlocks with both lines
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      FilePosition at = YamlBlocks.position(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
      throw new PipelineFileException(file, List.of(new Problem(at, "not valid YAML: " + e.getProblem() + hint(text, at))));
    } catch (YAMLException e) {
      throw fileProblem(file, "not valid YAML: " + e.getMessage());
    }
    if (root == null || YamlBlocks.isNull(root)) {
      throw new PipelineFileException(file, List.of(new Problem(FilePosition.START,
          "the file is empty; a pipeline file has the blocks pipeline, source and sinks")));
    }
    if (!(root instanceof MappingNode)) {
      throw new PipelineFileException(file, List.of(new Problem(YamlBlocks.position(root.getStartMark()),
          "a pipeline file is a YAML map with the blocks pipeline, source and sinks")));
    }
    return root;
  }

  /** A reference in a flow list such as {@code [${A}, b]} is a YAML error unless quoted: say so. */
  private static String hint(String text, FilePosition at) {
    List<String> lines = text.lines().toList();
    boolean reference = at.line() <= lines.size() && lines.get(at.line() - 1).contains("${");
    return reference ? "; inside [ ] or { }, quote values that use ${...}, e.g. [\"${VAR}\", b]" : "";
  }

  private static PipelineFileException fileProblem(String file, String message) {
    return new PipelineFileException(file, List.of(new Problem(null, message)));
  }

  /** The state of reading one file. */
  private final class Reading {
    final String file;
    final Problems problems = new Problems();
    final YamlBlocks yaml = new YamlBlocks(variables, problems);
    final Set<String> seen = new HashSet<>();
    Optional<Block> pipeline = Optional.empty();
    Optional<Block> source = Optional.empty();
    Optional<FilePosition> sinksPosition = Optional.empty();
    final List<Block> sinks = new ArrayList<>();
    final List<Block> transforms = new ArrayList<>();
    final List<Block> routes = new ArrayList<>();
    final List<Block> functions = new ArrayList<>();
    Optional<Block> kafka = Optional.empty();

    Reading(String file) {
      this.file = file;
    }

    PipelineFile result() {
      return new PipelineFile(file, pipeline, source, sinksPosition, sinks, transforms, routes, functions, kafka, problems.list());
    }
  }
}
