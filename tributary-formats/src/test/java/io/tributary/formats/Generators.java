package io.tributary.formats;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.Unchanged;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.SpecialValue;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary table shapes and change events covering every logical type, with values following the
 * project's value conventions (declared decimal scales, microsecond times, (n+7)/8 BITS bytes),
 * special values, hostile names, NULLs and {@link Unchanged} markers.
 */
final class Generators {
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final List<String> SYMBOLS = List.of("a", "B c", "it's", "back\\slash", "ü", "x)y", "(z", "tab\tbed",
      "emoji😀", "semi;colon", "UPPER");
  private static final List<String> NAMES = List.of("id", "name", "a b", "\"quoted\"", "naïve", "列", "x.y", "select",
      "it's", "", "c");

  private Generators() {}

  /** Every kind but ARRAY, with the type parameters sources produce. */
  static Arbitrary<DataType> scalarTypes() {
    Arbitrary<Integer> fraction = Arbitraries.integers().between(0, 6);
    return Arbitraries.oneOf(
        Arbitraries.of(DataType.bool(), DataType.int8(), DataType.int16(), DataType.int32(), DataType.int64(),
            DataType.float32(), DataType.float64(), DataType.date(), DataType.json(), DataType.uuid(),
            DataType.decimal(0, -1), DataType.string(-1), DataType.bytes(-1)),
        Arbitraries.integers().between(1, 38).flatMap(p -> Arbitraries.integers().between(-3, p)
            .map(s -> DataType.decimal(p, s))),
        Arbitraries.integers().between(0, 255).map(DataType::string),
        Arbitraries.integers().between(1, 255).map(DataType::bytes),
        Arbitraries.integers().between(1, 64).map(DataType::bits),
        fraction.map(DataType::time), fraction.map(DataType::timestamp), fraction.map(DataType::timestampTz),
        Arbitraries.of(SYMBOLS).set().ofMinSize(1).ofMaxSize(4).map(s -> DataType.enumOf(new ArrayList<>(s))),
        Arbitraries.of(SYMBOLS).set().ofMinSize(1).ofMaxSize(4).map(s -> DataType.setOf(new ArrayList<>(s))));
  }

  static Arbitrary<DataType> types() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, scalarTypes()),
        net.jqwik.api.Tuple.of(1, scalarTypes().map(DataType::arrayOf)));
  }

  /** Non-null values of {@code type}; special values only when {@code specials}. */
  static Arbitrary<Object> values(DataType type, boolean specials) {
    Arbitrary<Object> plain = switch (type.kind()) {
      case BOOLEAN -> Arbitraries.of(true, false);
      case INT8 -> Arbitraries.bytes().map(v -> v);
      case INT16 -> Arbitraries.shorts().map(v -> v);
      case INT32 -> Arbitraries.integers().map(v -> v);
      case INT64 -> Arbitraries.longs().map(v -> v);
      case DECIMAL -> decimals(type);
      case FLOAT32 -> Arbitraries.oneOf(Arbitraries.floats(), Arbitraries.of(Float.NaN, Float.POSITIVE_INFINITY,
          Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE)).map(v -> v);
      case FLOAT64 -> Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY, -0.0d, Double.MIN_VALUE, Double.MAX_VALUE)).map(v -> v);
      case STRING -> strings();
      case BYTES -> Arbitraries.bytes().array(byte[].class).ofMaxSize(16).map(v -> v);
      case BITS -> Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(type.precision())
          .subtract(BigInteger.ONE)).map(v -> bits(v, type.precision()));
      case DATE -> Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
      case TIME -> Arbitraries.longs().between(0, 86_399_999_999L)
          .map(micros -> LocalTime.ofNanoOfDay(truncate(micros, type.precision()) * 1_000));
      case TIMESTAMP -> instants(type.precision()).map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC));
      case TIMESTAMP_TZ -> instants(type.precision()).map(i -> i);
      case JSON -> Arbitraries.of("{}", "[1,2.5,\"x\"]", "{\"a\": \"\\u00e9\", \"b\": null}", "null", "3.5");
      case UUID -> Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
      case ENUM -> Arbitraries.of(type.symbols()).map(v -> v);
      case SET -> Arbitraries.of(type.symbols()).list().uniqueElements().ofMaxSize(type.symbols().size())
          .map(members -> String.join(",", members));
      case ARRAY -> nullable(values(type.element(), specials)).list().ofMaxSize(4).map(v -> v);
    };
    List<SpecialValue> fitting = specials ? List.of(SpecialValue.values()).stream()
        .filter(s -> s.fits(type.kind())).toList() : List.of();
    return fitting.isEmpty() ? plain : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, plain),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(fitting).map(v -> v)));
  }

  static Arbitrary<Object> nullable(Arbitrary<Object> values) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, values),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
  }

  private static Arbitrary<Object> decimals(DataType type) {
    if (type.precision() == 0) {
      return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
          .flatMap(unscaled -> Arbitraries.integers().between(0, 10).map(scale -> new BigDecimal(unscaled, scale)));
    }
    BigInteger bound = BigInteger.TEN.pow(type.precision()).subtract(BigInteger.ONE);
    return Arbitraries.bigIntegers().between(bound.negate(), bound).map(u -> new BigDecimal(u, type.scale()));
  }

  private static Arbitrary<Object> strings() {
    return Arbitraries.integers().between(0, 0x10FFFF)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(12)
        .map(points -> {
          StringBuilder out = new StringBuilder();
          points.forEach(out::appendCodePoint);
          return out.toString();
        });
  }

  private static Arbitrary<Instant> instants(int precision) {
    return Arbitraries.longs().between(FIRST_DAY * 86_400, LAST_DAY * 86_400 + 86_399)
        .flatMap(seconds -> Arbitraries.longs().between(0, 999_999)
            .map(micros -> Instant.ofEpochSecond(seconds, truncate(micros, precision) * 1_000)));
  }

  private static long truncate(long micros, int digits) {
    long unit = (long) Math.pow(10, 6 - digits);
    return micros / unit * unit;
  }

  private static byte[] bits(BigInteger value, int bits) {
    byte[] out = new byte[(bits + 7) / 8];
    byte[] magnitude = value.toByteArray();
    int copy = Math.min(magnitude.length, out.length);
    System.arraycopy(magnitude, magnitude.length - copy, out, out.length - copy, copy);
    return out;
  }

  /** A table of 1 to 6 columns of arbitrary types and names, keyed by 0 to 2 of them. */
  static Arbitrary<TableSchema> schemas() {
    Arbitrary<TableId> ids = Combinators.combine(Arbitraries.of("shop", "my db", "schéma"),
        Arbitraries.of("orders", "Weird \"Table\"", "表", "a.b")).as(TableId::new);
    Arbitrary<List<DataType>> columnTypes = types().list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<Boolean>> nullables = Arbitraries.of(true, false).list().ofSize(6);
    return Combinators.combine(ids, columnTypes, nullables, Arbitraries.integers().between(0, 2))
        .as((id, types, nullable, keys) -> {
          List<Column> columns = new ArrayList<>();
          for (int i = 0; i < types.size(); i++) {
            columns.add(new Column(NAMES.get(i % NAMES.size()) + i, types.get(i), nullable.get(i)));
          }
          List<String> key = columns.subList(0, Math.min(keys, columns.size())).stream().map(Column::name).toList();
          return new TableSchema(id, columns, key, 1);
        });
  }

  /** One event of {@code schema}: any operation, NULLs, and Unchanged in non-key UPDATE columns. */
  static Arbitrary<ChangeEvent> events(TableSchema schema, boolean specials) {
    Arbitrary<Object[]> rows = row(schema, specials, false);
    Arbitrary<Object[]> updated = row(schema, specials, true);
    Arbitrary<Operation> ops = Arbitraries.of(Operation.class);
    Arbitrary<String> transactions = Arbitraries.of("tx-1", "0-1-42", "3E11FA47:23").injectNull(0.3);
    return Combinators.combine(ops, rows, updated, Arbitraries.longs().between(0, 4_000_000_000_000L), transactions,
        Arbitraries.longs().between(0, 1_000_000)).as((op, before, after, commit, tx, offset) -> new ChangeEvent(op, schema,
        op == Operation.UPDATE || op == Operation.DELETE ? before : null,
        switch (op) {
          case UPDATE -> after;
          case DELETE -> null;
          default -> before;
        },
        new TestPosition(offset, op == Operation.SNAPSHOT_READ), commit, op == Operation.SNAPSHOT_READ ? null : tx));
  }

  private static Arbitrary<Object[]> row(TableSchema schema, boolean specials, boolean mayBeUnchanged) {
    List<Arbitrary<Object>> columns = new ArrayList<>();
    int[] key = schema.primaryKeyIndexes();
    for (int i = 0; i < schema.columns().size(); i++) {
      Arbitrary<Object> value = nullable(values(schema.columns().get(i).type(), specials));
      boolean isKey = false;
      for (int k : key) {
        isKey |= k == i;
      }
      if (mayBeUnchanged && !isKey) {
        value = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, value),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Unchanged.VALUE)));
      }
      columns.add(value);
    }
    return Combinators.combine(columns).as(List::toArray);
  }
}
