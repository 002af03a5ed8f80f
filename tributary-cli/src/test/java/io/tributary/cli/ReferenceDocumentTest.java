package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.option.Option;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.source.SourceFactory;
import io.tributary.runtime.Connectors;
import io.tributary.runtime.PipelineOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDocumentTest {
  private final Connectors connectors = Connectors.discover();
  private final String markdown = ReferenceDocument.markdown(connectors.sources(), connectors.sinks());

  @Test
  void containsEveryDeclaredOptionInItsSection() {
    assertRows(section("## pipeline", "## source"), PipelineOptions.ALL);
    assertRows(section("## sinks", "\n### "), PipelineOptions.SINK_COMMON);
    for (SourceFactory f : connectors.sources()) {
      String section = section("### source type `" + f.identifier() + "`", "\n#");
      assertRows(section, List.of(PipelineOptions.SOURCE_TYPE));
      assertRows(section, f.options());
    }
    for (SinkFactory f : connectors.sinks()) {
      assertRows(section("### sink type `" + f.identifier() + "`", "\n#"), f.options());
    }
  }

  @Test
  void rowsShowTypeDefaultRequiredAndDescription() {
    assertThat(markdown).contains(
        "| `checkpoint-interval` | duration | `1s` |  | How often every lane commits its position",
        "| `hostname` | string |  | yes | Host to connect to. |",
        "| `mode` | append \\| upsert | `upsert` |  | How rows are written. |",
        "| `prefix` | string |  |  | Printed before each row; pipes \\| and &lt;tags&gt; are escaped. |",
        "Also accepted as: `test-print`.");
  }

  @Test
  void secretDefaultsAreHidden() {
    assertThat(markdown).contains("| `token` | string | *hidden* |").doesNotContain("s3cret-default");
  }

  private String section(String heading, String next) {
    int start = markdown.indexOf(heading);
    assertThat(start).as("heading %s", heading).isNotNegative();
    int end = markdown.indexOf(next, start + heading.length());
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static void assertRows(String section, List<Option<?>> options) {
    for (Option<?> option : options) {
      assertThat(section).contains("| `" + option.key() + "` | " + option.typeName().replace("|", "\\|") + " |");
    }
  }
}
