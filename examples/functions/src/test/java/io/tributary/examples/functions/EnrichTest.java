package io.tributary.examples.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.ConfigException;
import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.Unchanged;
import io.tributary.api.function.FatalFunctionException;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrichTest {
  private final RecordingContext context = new RecordingContext();

  private Enrich opened(RecordingContext ctx) {
    Enrich enrich = new Enrich();
    enrich.open(ctx);
    return enrich;
  }

  @ParameterizedTest
  @CsvSource({
    "0.00, small",
    "99.99, small",
    "100.00, medium",
    "999.99, medium",
    "1000.00, large",
    "5000, large"
  })
  void bandsByDefaultThresholds(String amount, String band) throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.insert(1, amount));
    assertThat(context.emitted)
        .singleElement()
        .satisfies(e -> assertThat(e.after("amount_band")).isEqualTo(band));
  }

  @ParameterizedTest
  @CsvSource({"9.99, small", "10, medium", "49.99, medium", "50, large"})
  void bandsByConfiguredThresholds(String amount, String band) throws Exception {
    RecordingContext ctx = new RecordingContext("medium-from", "10", "large-from", "50");
    Enrich enrich = opened(ctx);
    ctx.handle(enrich, Orders.insert(1, amount));
    assertThat(ctx.emitted.get(0).after("amount_band")).isEqualTo(band);
  }

  @Test
  void insertAndSnapshotReadGetTheBandInTheAfterImage() throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.insert(1, "150.00"));
    context.handle(enrich, Orders.snapshotRead(2, "2000.00"));

    ChangeEvent insert = context.emitted.get(0);
    assertThat(insert.op()).isEqualTo(Operation.INSERT);
    assertThat(insert.before()).isNull();
    assertThat(insert.after()).containsExactly(1L, 7L, new BigDecimal("150.00"), "new", "medium");
    ChangeEvent read = context.emitted.get(1);
    assertThat(read.op()).isEqualTo(Operation.SNAPSHOT_READ);
    assertThat(read.after()).containsExactly(2L, 7L, new BigDecimal("2000.00"), "new", "large");
  }

  @Test
  void updateGetsTheBandInBothImages() throws Exception {
    Enrich enrich = opened(context);
    ChangeEvent update = Orders.update(3, "50.00", "1500.00");
    context.handle(enrich, update);

    ChangeEvent out = context.emitted.get(0);
    assertThat(out.op()).isEqualTo(Operation.UPDATE);
    assertThat(out.before()).containsExactly(3L, 7L, new BigDecimal("50.00"), "new", "small");
    assertThat(out.after()).containsExactly(3L, 7L, new BigDecimal("1500.00"), "new", "large");
    assertThat(out.before()).hasSameSizeAs(out.schema().columns());
    assertThat(out.position()).isSameAs(update.position());
    assertThat(out.commitMillis()).isEqualTo(update.commitMillis());
    assertThat(out.transactionId()).isEqualTo(update.transactionId());
  }

  @Test
  void deleteGetsTheBandInTheBeforeImage() throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.delete(4, "100.00"));

    ChangeEvent out = context.emitted.get(0);
    assertThat(out.op()).isEqualTo(Operation.DELETE);
    assertThat(out.after()).isNull();
    assertThat(out.before()).containsExactly(4L, 7L, new BigDecimal("100.00"), "new", "medium");
  }

  @Test
  void wideSchemaAddsANullableStringColumnAtTheEnd() throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.insert(1, "1.00"));

    TableSchema wider = context.emitted.get(0).schema();
    assertThat(wider.id()).isEqualTo(Orders.SCHEMA.id());
    assertThat(wider.primaryKey()).isEqualTo(Orders.SCHEMA.primaryKey());
    assertThat(wider.columns()).startsWith(Orders.SCHEMA.columns().toArray(Column[]::new));
    assertThat(wider.columns().get(4))
        .isEqualTo(new Column("amount_band", DataType.string(6), true));
  }

  @Test
  void buildsTheWideSchemaOncePerInputSchema() throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.insert(1, "1.00"));
    context.handle(enrich, Orders.update(1, "1.00", "2.00"));
    context.handle(enrich, Orders.delete(1, "2.00"));

    assertThat(context.emitted).hasSize(3);
    TableSchema first = context.emitted.get(0).schema();
    assertThat(context.emitted).allSatisfy(e -> assertThat(e.schema()).isSameAs(first));

    // An equal but distinct schema object (e.g. after a source restart) gets its own wide schema.
    TableSchema equalCopy = Orders.SCHEMA.withVersion(Orders.SCHEMA.version());
    context.handle(
        enrich,
        new ChangeEvent(
            Operation.INSERT,
            equalCopy,
            null,
            Orders.row(2, "3.00"),
            Orders.nextPosition(),
            0,
            null));
    assertThat(context.emitted.get(3).schema()).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void nullAndUnchangedAmountsKeepTheirMeaning() throws Exception {
    Enrich enrich = opened(context);
    Object[] unchangedAmount = Orders.row(5, null);
    unchangedAmount[2] = Unchanged.VALUE;
    context.handle(enrich, Orders.event(Operation.UPDATE, Orders.row(5, null), unchangedAmount));

    ChangeEvent out = context.emitted.get(0);
    assertThat(out.before()[4]).isNull();
    assertThat(out.after()[4]).isSameAs(Unchanged.VALUE);
  }

  @Test
  void tablesWithoutAmountPassUnchanged() throws Exception {
    Enrich enrich = opened(context);
    ChangeEvent customer =
        new ChangeEvent(
            Operation.INSERT,
            Orders.CUSTOMERS,
            null,
            new Object[] {1L, "Ada"},
            Orders.nextPosition(),
            0,
            null);
    context.handle(enrich, customer);

    assertThat(context.emitted).containsExactly(customer);
    assertThat(context.metrics().value("enriched")).isZero();
  }

  @Test
  void countsEnrichedEvents() throws Exception {
    Enrich enrich = opened(context);
    context.handle(enrich, Orders.insert(1, "1.00"));
    context.handle(enrich, Orders.delete(1, "1.00"));

    assertThat(context.metrics().value("enriched")).isEqualTo(2);
  }

  @Test
  void tableThatAlreadyHasTheBandStopsThePipeline() throws Exception {
    Enrich enrich = opened(context);
    TableSchema banded =
        Orders.SCHEMA.withColumn(new Column("amount_band", DataType.string(10), true));
    ChangeEvent event =
        new ChangeEvent(
            Operation.INSERT,
            banded,
            null,
            new Object[] {1L, 7L, BigDecimal.ONE, "new", "x"},
            Orders.nextPosition(),
            0,
            null);

    assertThatThrownBy(() -> context.handle(enrich, event))
        .isInstanceOf(FatalFunctionException.class)
        .hasMessageContaining("shop.orders already has a column amount_band");
  }

  @Test
  void thresholdsInTheWrongOrderFailOpen() {
    RecordingContext ctx = new RecordingContext("medium-from", "500", "large-from", "100");
    assertThatThrownBy(() -> new Enrich().open(ctx))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("large-from (100) is below medium-from (500)");
  }

  @Test
  void aThresholdThatIsNoNumberFailsOpenNamingTheKey() {
    RecordingContext ctx = new RecordingContext("medium-from", "lots");
    assertThatThrownBy(() -> new Enrich().open(ctx))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'medium-from'")
        .hasMessageContaining("'lots' is not a number");
  }
}
