package io.tributary.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableSubstitutionTest {
  private final VariableSubstitution variables =
      new VariableSubstitution(Map.of("USER", "cdc", "EMPTY", "", "DOLLARS", "a$b${c}")::get);

  @Test
  void replacesVariablesAnywhereInTheText() {
    assertThat(variables.apply("${USER}")).isEqualTo("cdc");
    assertThat(variables.apply("jdbc://${USER}@host/${USER}_db")).isEqualTo("jdbc://cdc@host/cdc_db");
  }

  @Test
  void textWithoutReferencesIsUnchanged() {
    assertThat(variables.apply("shop\\..* costs $5 {braces}")).isEqualTo("shop\\..* costs $5 {braces}");
  }

  @Test
  void defaultIsUsedWhenUnsetOrEmpty() {
    assertThat(variables.apply("${MISSING:-fallback}")).isEqualTo("fallback");
    assertThat(variables.apply("${EMPTY:-fallback}")).isEqualTo("fallback");
    assertThat(variables.apply("${USER:-fallback}")).isEqualTo("cdc");
    assertThat(variables.apply("${MISSING:-}")).isEmpty();
    assertThat(variables.apply("${MISSING:-jdbc:postgresql://h:5432/db}")).isEqualTo("jdbc:postgresql://h:5432/db");
  }

  @Test
  void doubleDollarWritesALiteralReference() {
    assertThat(variables.apply("$${USER} is ${USER}")).isEqualTo("${USER} is cdc");
  }

  @Test
  void substitutedValuesAreNotSubstitutedAgain() {
    assertThat(variables.apply("${DOLLARS}")).isEqualTo("a$b${c}");
  }

  @Test
  void unsetVariableIsAnErrorNamingIt() {
    assertThatThrownBy(() -> variables.apply("pw=${PG_PASSWORD}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environment variable PG_PASSWORD is not set")
        .hasMessageContaining("${PG_PASSWORD:-value}");
  }

  @Test
  void malformedReferencesAreErrors() {
    assertThatThrownBy(() -> variables.apply("${USER")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> variables.apply("${}")).hasMessageContaining("is not a variable reference");
    assertThatThrownBy(() -> variables.apply("${1ABC}")).hasMessageContaining("'${1ABC}' is not a variable reference");
  }
}
