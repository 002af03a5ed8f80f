package io.tributary.api.schema;

/**
 * A value some databases store that the Java class of its {@link DataType.Kind kind} cannot hold:
 * PostgreSQL's numeric {@code 'NaN'}, {@code 'Infinity'} and {@code '-Infinity'}, its date and
 * timestamp {@code 'infinity'} and {@code '-infinity'}, and its time {@code '24:00:00'}.
 *
 * <p>Contract: a source puts a constant in a column instead of refusing the row or turning it into
 * null or a nearby value. Allowed combinations: {@link #NAN}, {@link #POSITIVE_INFINITY} and
 * {@link #NEGATIVE_INFINITY} in DECIMAL columns; {@link #POSITIVE_INFINITY} and {@link
 * #NEGATIVE_INFINITY} in DATE, TIMESTAMP and TIMESTAMP_TZ columns; {@link #END_OF_DAY} in TIME
 * columns (FLOAT32 and FLOAT64 carry NaN and the infinities as ordinary {@link Float} and {@link
 * Double} values). A sink whose target stores the same value writes it; a sink whose target cannot
 * reports the row as rejected, naming the column and the value, so the row reaches the dead
 * letters rather than being changed. Compare with {@code ==} or {@code switch}.
 */
public enum SpecialValue {
  /** Not a number (DECIMAL). */
  NAN("NaN"),
  /** Greater than every other value (DECIMAL, DATE, TIMESTAMP, TIMESTAMP_TZ). */
  POSITIVE_INFINITY("Infinity"),
  /** Less than every other value (DECIMAL, DATE, TIMESTAMP, TIMESTAMP_TZ). */
  NEGATIVE_INFINITY("-Infinity"),
  /** The time of day {@code 24:00:00}, the end of a day (TIME). */
  END_OF_DAY("24:00:00");

  private final String text;

  SpecialValue(String text) {
    this.text = text;
  }

  /**
   * Whether the constant is allowed in a column of the given kind.
   *
   * @param kind the column's kind
   * @return true for the combinations listed in the class contract
   */
  public boolean fits(DataType.Kind kind) {
    return switch (this) {
      case NAN -> kind == DataType.Kind.DECIMAL;
      case POSITIVE_INFINITY, NEGATIVE_INFINITY -> kind == DataType.Kind.DECIMAL
          || kind == DataType.Kind.DATE || kind == DataType.Kind.TIMESTAMP || kind == DataType.Kind.TIMESTAMP_TZ;
      case END_OF_DAY -> kind == DataType.Kind.TIME;
    };
  }

  /**
   * How the value reads in messages and in PostgreSQL's input syntax for numeric and time:
   * {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code 24:00:00}.
   */
  @Override
  public String toString() {
    return text;
  }
}
