package io.tributary.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects figures, prints them as a table and writes them as JSON. */
final class Report {
  private final List<Figure> figures = new ArrayList<>();
  private final String peer;

  /** A report whose peer is Debezium. */
  Report() {
    this("Debezium");
  }

  /** A report whose peer column is named {@code peer} (its JSON key the same name in lower case). */
  Report(String peer) {
    this.peer = peer;
  }

  void add(Figure f) {
    figures.add(f);
  }

  void print(PrintStream out) {
    int width = Math.max(32, figures.stream().mapToInt(f -> f.figure().length()).max().orElse(0));
    String fmt = "%-" + width + "s %-9s %14s %14s %8s %14s %9s%n";
    out.printf(Locale.ROOT, fmt, "figure", "unit", "Tributary", peer, "ratio", "limit", "of limit");
    for (Figure f : figures) {
      out.printf(Locale.ROOT, fmt, f.figure(), f.unit(), num(f.tributary()), num(f.peer()), ratio(f.ratio()), num(f.limit()),
          f.fractionOfLimit() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * f.fractionOfLimit()));
    }
  }

  void writeJson(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode arr = json.createArrayNode();
    for (Figure f : figures) {
      ObjectNode o = arr.addObject();
      o.put("figure", f.figure());
      o.put("unit", f.unit());
      o.put("tributary", f.tributary());
      o.put(peer.toLowerCase(Locale.ROOT), f.peer());
      o.put("ratio", f.ratio());
      o.put("limit", f.limit());
      o.put("fraction_of_limit", f.fractionOfLimit());
    }
    Files.createDirectories(file.getParent());
    Files.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(arr));
  }

  private static String num(Double d) {
    if (d == null || d.isNaN()) {
      return "-";
    }
    return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String ratio(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.2fx", d);
  }
}
