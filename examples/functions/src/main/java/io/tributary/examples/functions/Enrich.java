package io.tributary.examples.functions;

import io.tributary.api.ConfigException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Unchanged;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.function.FatalFunctionException;
import io.tributary.api.function.FunctionContext;
import io.tributary.api.option.Option;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Changes events: adds a column {@code amount_band} ("small", "medium" or "large") to every change
 * of a table that has a DECIMAL column {@code amount}, in both row images so they stay aligned with
 * the wider schema. Changes of other tables pass unchanged.
 *
 * <p>An amount below {@code medium-from} is small, below {@code large-from} medium, else large. A
 * NULL (or NaN) amount gets a NULL band; an UPDATE that did not carry the amount ({@link
 * Unchanged#VALUE}) does not carry the band either, so the target keeps the band it has.
 *
 * <p>The wider schema is built once per input schema and reused: the runtime prepares the targets
 * for each new schema it sees, so a schema built anew for every event would cost a lookup per
 * event.
 *
 * <p>Metrics: {@code enriched}, the events given a band.
 */
public final class Enrich implements ChangeFunction {
  /** The column read. */
  public static final String AMOUNT = "amount";

  /** The column added. */
  public static final String AMOUNT_BAND = "amount_band";

  static final Option<BigDecimal> MEDIUM_FROM =
      Amounts.option("medium-from", "The smallest medium amount.")
          .withDefault(new BigDecimal("100"));
  static final Option<BigDecimal> LARGE_FROM =
      Amounts.option("large-from", "The smallest large amount.")
          .withDefault(new BigDecimal("1000"));

  /** Tables are few and their shapes change rarely; the bound only guards against a leak. */
  private static final int MAX_CACHED_SCHEMAS = 1000;

  /** How one input schema is widened; {@link #PASS_THROUGH} for tables without a DECIMAL amount. */
  private record Widening(TableSchema wider, int amountIndex) {}

  private static final Widening PASS_THROUGH = new Widening(null, -1);

  private final Map<TableSchema, Widening> widenings = new IdentityHashMap<>();
  private BigDecimal mediumFrom;
  private BigDecimal largeFrom;

  @Override
  public void open(FunctionContext context) {
    mediumFrom = context.config().get(MEDIUM_FROM);
    largeFrom = context.config().get(LARGE_FROM);
    if (mediumFrom.compareTo(largeFrom) > 0) {
      throw new ConfigException(
          LARGE_FROM.key(),
          String.format(
              "large-from (%s) is below medium-from (%s) in function '%s'; make large-from the"
                  + " larger one",
              largeFrom, mediumFrom, context.functionName()));
    }
  }

  @Override
  public void handle(ChangeEvent event, FunctionContext context) {
    Widening widening = widen(event.schema(), context);
    if (widening == PASS_THROUGH) {
      context.emit(event);
      return;
    }
    int amount = widening.amountIndex();
    ChangeEvent enriched =
        event.withRows(
            event.op(),
            widening.wider(),
            withBand(event.before(), amount),
            withBand(event.after(), amount));
    context.emit(enriched);
    context.metrics().increment("enriched");
  }

  /** The widening of this schema, built on first sight of this very schema object. */
  private Widening widen(TableSchema schema, FunctionContext context) {
    Widening known = widenings.get(schema);
    if (known != null) {
      return known;
    }
    if (widenings.size() >= MAX_CACHED_SCHEMAS) {
      widenings.clear();
    }
    Widening built = buildWidening(schema, context);
    widenings.put(schema, built);
    return built;
  }

  private static Widening buildWidening(TableSchema schema, FunctionContext context) {
    int amount = schema.indexOf(AMOUNT);
    if (amount < 0) {
      return PASS_THROUGH;
    }
    if (schema.columns().get(amount).type().kind() != DataType.Kind.DECIMAL) {
      context
          .logger()
          .warn(
              "{}.{} is {}, not DECIMAL: its changes pass without a band",
              schema.id(),
              AMOUNT,
              schema.columns().get(amount).type());
      return PASS_THROUGH;
    }
    if (schema.indexOf(AMOUNT_BAND) >= 0) {
      throw new FatalFunctionException(
          String.format(
              "table %s already has a column %s, which function '%s' would add; rename the column"
                  + " or leave the table out of the function's tables",
              schema.id(), AMOUNT_BAND, context.functionName()));
    }
    return new Widening(
        schema.withColumn(new Column(AMOUNT_BAND, DataType.string(6), true)), amount);
  }

  /** A copy of the row with the band of its amount appended; null stays null. */
  private Object[] withBand(Object[] row, int amountIndex) {
    if (row == null) {
      return null;
    }
    Object[] wider = Arrays.copyOf(row, row.length + 1);
    wider[row.length] = bandOf(row[amountIndex]);
    return wider;
  }

  /**
   * "small", "medium", "large", null for NULL and NaN, or the unchanged marker for an unchanged
   * amount.
   */
  Object bandOf(Object amount) {
    if (Unchanged.is(amount)) {
      return Unchanged.VALUE;
    }
    if (amount == SpecialValue.POSITIVE_INFINITY) {
      return "large";
    }
    if (amount == SpecialValue.NEGATIVE_INFINITY) {
      return "small";
    }
    if (!(amount instanceof BigDecimal value)) {
      return null;
    }
    if (value.compareTo(mediumFrom) < 0) {
      return "small";
    }
    return value.compareTo(largeFrom) < 0 ? "medium" : "large";
  }
}
