package io.tributary.cli.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML nodes of one pipeline file into {@link Block}s: flattens nested maps to dotted
 * keys, joins lists of plain values with commas, substitutes environment variables in every key
 * and value, and records what it cannot read as {@link Problems}.
 */
final class YamlBlocks {
  private final VariableSubstitution variables;
  private final Problems problems;

  YamlBlocks(VariableSubstitution variables, Problems problems) {
    this.variables = variables;
    this.problems = problems;
  }

  static FilePosition position(Mark mark) {
    return mark == null ? FilePosition.START : new FilePosition(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The block under a top-level key, e.g. {@code pipeline}; an empty value is an empty block. */
  Block block(Node node, String name) {
    if (node instanceof MappingNode mapping) {
      Map<String, Block.Entry> entries = new LinkedHashMap<>();
      flatten(mapping, "", entries);
      return new Block(position(node.getStartMark()), entries);
    }
    if (!isNull(node)) {
      problems.add(position(node.getStartMark()),
          "'" + name + "' must be a block of 'key: value' lines, indented under '" + name + ":'");
    }
    return new Block(position(node.getStartMark()), Map.of());
  }

  /** The text of a plain value with variables substituted; "" for a YAML null ({@code ~} or nothing). */
  String text(ScalarNode node) {
    if (isNull(node)) {
      return "";
    }
    try {
      return variables.apply(node.getValue());
    } catch (IllegalArgumentException e) {
      problems.add(position(node.getStartMark()), e.getMessage());
      return node.getValue();
    }
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private void flatten(MappingNode mapping, String prefix, Map<String, Block.Entry> into) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(position(tuple.getKeyNode().getStartMark()), "a key must be a plain word");
        continue;
      }
      String key = prefix + text(keyNode);
      FilePosition keyPosition = position(keyNode.getStartMark());
      Block.Entry first = into.get(key);
      if (first != null) {
        problems.add(keyPosition,
            "duplicate key '" + key + "' (first at line " + first.keyPosition().line() + ")");
        continue;
      }
      Node value = tuple.getValueNode();
      if (value instanceof MappingNode nested && !nested.getValue().isEmpty()) {
        flatten(nested, key + ".", into);
      } else {
        String text = value instanceof MappingNode ? "" : valueText(key, value);
        into.put(key, new Block.Entry(key, text, keyPosition, position(value.getStartMark())));
      }
    }
  }

  private String valueText(String key, Node value) {
    if (value instanceof ScalarNode scalar) {
      return text(scalar);
    }
    if (!(value instanceof SequenceNode sequence)) {
      problems.add(position(value.getStartMark()), "'" + key + "' has a value of an unsupported kind");
      return "";
    }
    List<String> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar) {
        items.add(text(scalar));
      } else {
        problems.add(position(item.getStartMark()),
            "'" + key + "' is a list of blocks; only a list of plain values is allowed here");
      }
    }
    return String.join(",", items);
  }
}
