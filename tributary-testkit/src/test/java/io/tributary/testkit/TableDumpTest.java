package io.tributary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableDumpTest {

  private static final String NULL = TableDump.NULL;

  @Test
  void sortsByKeyNumericallyWithNullFirstThenByWholeRow() {
    List<List<String>> rows = List.of(List.of("10", "b"), List.of("9", "z"), List.of(NULL, "x"),
        List.of("abc", "q"), List.of("9", "a"), List.of("-1.5", "m"));

    assertThat(TableDump.sorted(rows, 0)).containsExactly(List.of(NULL, "x"), List.of("-1.5", "m"),
        List.of("9", "a"), List.of("9", "z"), List.of("10", "b"), List.of("abc", "q"));
  }

  @Test
  void sortsByCompositeKeysInTheGivenOrder() {
    List<List<String>> rows = List.of(List.of("2", "1"), List.of("1", "2"), List.of("1", "1"));

    assertThat(TableDump.sorted(rows, 1, 0)).containsExactly(List.of("1", "1"), List.of("2", "1"),
        List.of("1", "2"));
  }

  @Test
  void sameRowsInAnyOrderPass() {
    List<List<String>> source = List.of(List.of("1", "a"), List.of("2", NULL), List.of("2", NULL));
    List<List<String>> target = List.of(List.of("2", NULL), List.of("1", "a"), List.of("2", NULL));

    assertThatCode(() -> TableDump.assertSameRows(source, target)).doesNotThrowAnyException();
  }

  @Test
  void differencesNameCountsAndTheRowsOnEachSide() {
    List<List<String>> source = List.of(List.of("1", "a"), List.of("2", "b"), List.of("2", "b"));
    List<List<String>> target = List.of(List.of("1", "a"), List.of("2", "B"), List.of("3", NULL));

    assertThatThrownBy(() -> TableDump.assertSameRows("orders", source, target))
        .isInstanceOf(AssertionError.class)
        .hasMessage("""
            orders differ: source has 3 rows, target has 3
            rows only in source (2):
              ["2", "b"]
              ["2", "b"]
            rows only in target (2):
              ["2", "B"]
              ["3", NULL]""");
  }

  @Test
  void aMissingDuplicateIsADifference() {
    List<List<String>> source = List.of(List.of("1"), List.of("1"));
    List<List<String>> target = List.of(List.of("1"));

    assertThatThrownBy(() -> TableDump.assertSameRows(source, target))
        .hasMessageContaining("source has 2 rows, target has 1")
        .hasMessageContaining("rows only in source (1):\n  [\"1\"]")
        .hasMessageContaining("rows only in target (0):");
  }

  @Test
  void longDifferencesAreCut() {
    List<List<String>> source = java.util.stream.IntStream.range(0, 25).mapToObj(i -> List.of("" + i)).toList();

    assertThatThrownBy(() -> TableDump.assertSameRows(source, List.of())).hasMessageContaining("... 15 more");
  }

  @Test
  void mapColumnKeepsNulls() {
    List<List<String>> rows = List.of(List.of("1", "{\"b\": 1, \"a\": 2}"), List.of("2", NULL));

    assertThat(TableDump.mapColumn(rows, 1, CanonicalJson::of))
        .containsExactly(List.of("1", "{\"a\":2,\"b\":1}"), List.of("2", NULL));
  }
}
