package io.tributary.cli.file;

/** How problems name a block: {@code pipeline}, {@code source (mysql)}, {@code sinks[1] (olap, duckdb)}. */
final class BlockLabel {
  private BlockLabel() {}

  static final String PIPELINE = "pipeline";

  static String source(Block block) {
    String type = block.value("type");
    return blank(type) ? "source" : "source (" + type + ")";
  }

  static String sink(int index, Block block) {
    String name = block.value("name");
    String type = block.value("type");
    String label = "sinks[" + index + "]";
    if (blank(name) && blank(type)) {
      return label;
    }
    return label + " (" + (blank(name) ? "unnamed" : name) + (blank(type) ? "" : ", " + type) + ")";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
