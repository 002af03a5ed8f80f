package io.tributary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.runtime.Connectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/reference.md must be what {@code tributary reference} prints for the real connectors. */
class ReferenceDocsTest {
  private static final Path CHECKED_IN = Path.of("..", "docs", "reference.md");

  @Test
  void docsReferenceIsUpToDate() throws IOException {
    Connectors connectors = Connectors.discover();
    String generated = ReferenceDocument.markdown(
        connectors.sources().stream().filter(f -> !f.identifier().startsWith("test-")).toList(),
        connectors.sinks().stream().filter(f -> !f.identifier().startsWith("test-")).toList());
    assertThat(CHECKED_IN).as("docs/reference.md is missing; create it with: %s", ReferenceDocument.REGENERATE).exists();
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(checkedIn)
        .as("docs/reference.md differs from the option declarations; regenerate it with: %s", ReferenceDocument.REGENERATE)
        .isEqualTo(generated);
  }
}
