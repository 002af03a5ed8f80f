package io.tributary.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.TableSchema;
import java.util.Arrays;
import java.util.List;

/** Deep comparison of events and values: byte arrays by content, decimals with their scale, NaN equal to NaN. */
final class EventAssertions {

  private EventAssertions() {}

  /**
   * Asserts {@code actual} is {@code expected} after a trip through a format.
   *
   * @param snapshotBecomesInsert Canal has no snapshot type
   * @param nullability whether the format carries NOT NULL (Canal does not)
   */
  static void assertSameEvent(ChangeEvent expected, ChangeEvent actual, boolean snapshotBecomesInsert,
      boolean nullability) {
    Operation op = snapshotBecomesInsert && expected.op() == Operation.SNAPSHOT_READ ? Operation.INSERT : expected.op();
    assertThat(actual.op()).isEqualTo(op);
    assertSameShape(expected.schema(), actual.schema(), nullability);
    assertSameRow(expected.before(), actual.before(), "before of " + expected);
    assertSameRow(expected.after(), actual.after(), "after of " + expected);
    assertThat(actual.commitMillis()).isEqualTo(expected.commitMillis());
    assertThat(actual.transactionId()).isEqualTo(expected.transactionId());
  }

  static void assertSameShape(TableSchema expected, TableSchema actual, boolean nullability) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.primaryKey()).isEqualTo(expected.primaryKey());
    assertThat(actual.columns()).hasSameSizeAs(expected.columns());
    for (int i = 0; i < expected.columns().size(); i++) {
      Column want = expected.columns().get(i);
      Column got = actual.columns().get(i);
      assertThat(got.name()).isEqualTo(want.name());
      assertThat(got.type()).as("type of %s", want.name()).isEqualTo(want.type());
      if (nullability) {
        assertThat(got.nullable()).as("nullability of %s", want.name()).isEqualTo(want.nullable());
      }
    }
  }

  static void assertSameRow(Object[] expected, Object[] actual, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(same(expected[i], actual[i])).as("%s column %d: expected %s, got %s", what, i, show(expected[i]),
          show(actual[i])).isTrue();
    }
  }

  static boolean same(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b) && a.getClass() == b.getClass();
  }

  private static String show(Object value) {
    if (value instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
  }
}
