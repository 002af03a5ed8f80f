package io.tributary.formats.debezium;

import io.tributary.formats.value.JsonBytes;
import io.tributary.api.schema.DataType;
import io.tributary.formats.DecimalHandling;
import io.tributary.formats.value.MySqlTypeText;
import io.tributary.formats.value.ValueCodec;
import io.tributary.formats.value.ValueCodec.Wire;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Logical types ↔ Kafka Connect field schemas as Debezium writes them in the {@code schema} half of
 * the envelope: a Connect type ({@code boolean}, {@code int8}…{@code int64}, {@code float}, {@code
 * double}, {@code string}, {@code bytes}, {@code array}, {@code struct}), an optional semantic
 * {@code name} with {@code version} 1, and {@code parameters}.
 *
 * <p>Writing: DECIMAL per {@link DecimalHandling} ({@code string}; {@code bytes} named {@code
 * org.apache.kafka.connect.data.Decimal} with {@code scale} and {@code connect.decimal.precision};
 * Debezium's {@code io.debezium.data.VariableScaleDecimal} struct for an unconstrained decimal;
 * {@code double}); DATE, TIME, TIMESTAMP as strings named {@code io.debezium.time.IsoDate}, {@code
 * IsoTime}, {@code IsoTimestamp}; TIMESTAMP_TZ {@code io.debezium.time.ZonedTimestamp}; JSON {@code
 * io.debezium.data.Json}; UUID {@code io.debezium.data.Uuid}; ENUM {@code io.debezium.data.Enum}
 * and SET {@code io.debezium.data.EnumSet} with {@code allowed}; BITS(1) {@code boolean}, longer
 * BITS {@code io.debezium.data.Bits} with {@code length}. Every field also carries Debezium's
 * {@code __debezium.source.column.type}/{@code .length}/{@code .scale} parameters, which is how a
 * reader gets exact lengths, precisions and fraction digits back.
 */
final class DebeziumFieldSchemas {
  static final String SOURCE_TYPE = "__debezium.source.column.type";
  static final String SOURCE_LENGTH = "__debezium.source.column.length";
  static final String SOURCE_SCALE = "__debezium.source.column.scale";
  static final String DECIMAL = "org.apache.kafka.connect.data.Decimal";
  static final String VARIABLE_DECIMAL = "io.debezium.data.VariableScaleDecimal";

  private DebeziumFieldSchemas() {}

  /**
   * Writes the field schema of a column ({@code field} null for array items).
   *
   * @param optional whether the column is nullable
   */
  static void write(JsonBytes out, DataType type, String field, boolean optional, DecimalHandling decimals) {
    out.writeStartObject();
    String name = semanticName(type, decimals);
    if (type.kind() == DataType.Kind.ARRAY) {
      out.writeStringField("type", "array");
      out.writeFieldName("items");
      write(out, type.element(), null, true, decimals);
    } else if (VARIABLE_DECIMAL.equals(name)) {
      out.writeStringField("type", "struct");
      out.writeFieldName("fields");
      out.writeRawValue("[{\"type\":\"int32\",\"optional\":false,\"field\":\"scale\"},"
          + "{\"type\":\"bytes\",\"optional\":false,\"field\":\"value\"}]");
    } else {
      out.writeStringField("type", connectType(type, decimals));
    }
    out.writeBooleanField("optional", optional);
    if (name != null) {
      out.writeStringField("name", name);
      out.writeNumberField("version", 1);
    }
    out.writeFieldName("parameters");
    out.writeStartObject();
    for (Map.Entry<String, String> parameter : parameters(type, name).entrySet()) {
      out.writeStringField(parameter.getKey(), parameter.getValue());
    }
    out.writeEndObject();
    if (field != null) {
      out.writeStringField("field", field);
    }
    out.writeEndObject();
  }

  private static String connectType(DataType type, DecimalHandling decimals) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case INT8 -> "int8";
      case INT16 -> "int16";
      case INT32 -> "int32";
      case INT64 -> "int64";
      case DECIMAL -> decimals == DecimalHandling.STRING ? "string" : decimals == DecimalHandling.DOUBLE ? "double" : "bytes";
      case FLOAT32 -> "float";
      case FLOAT64 -> "double";
      case BYTES -> "bytes";
      case BITS -> type.precision() == 1 ? "boolean" : "bytes";
      case ARRAY -> "array";
      default -> "string";
    };
  }

  private static String semanticName(DataType type, DecimalHandling decimals) {
    return switch (type.kind()) {
      case DECIMAL -> decimals != DecimalHandling.PRECISE ? null
          : MySqlTypeText.unconstrained(type) ? VARIABLE_DECIMAL : DECIMAL;
      case DATE -> "io.debezium.time.IsoDate";
      case TIME -> "io.debezium.time.IsoTime";
      case TIMESTAMP -> "io.debezium.time.IsoTimestamp";
      case TIMESTAMP_TZ -> "io.debezium.time.ZonedTimestamp";
      case JSON -> "io.debezium.data.Json";
      case UUID -> "io.debezium.data.Uuid";
      case ENUM -> "io.debezium.data.Enum";
      case SET -> "io.debezium.data.EnumSet";
      case BITS -> type.precision() == 1 ? null : "io.debezium.data.Bits";
      default -> null;
    };
  }

  private static Map<String, String> parameters(DataType type, String name) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (DECIMAL.equals(name)) {
      parameters.put("scale", Integer.toString(type.scale()));
      parameters.put("connect.decimal.precision", Integer.toString(type.precision()));
    } else if (type.kind() == DataType.Kind.ENUM || type.kind() == DataType.Kind.SET) {
      parameters.put("allowed", String.join(",", type.symbols()));
    } else if ("io.debezium.data.Bits".equals(name)) {
      parameters.put("length", Integer.toString(type.precision()));
    }
    DebeziumColumnType source = DebeziumColumnType.of(type);
    parameters.put(SOURCE_TYPE, source.name());
    if (source.length() != null) {
      parameters.put(SOURCE_LENGTH, source.length().toString());
    }
    if (source.scale() != null) {
      parameters.put(SOURCE_SCALE, source.scale().toString());
    }
    return parameters;
  }

  /**
   * The codec of a field schema as read ({@link io.tributary.formats.value.RawJson} maps): the
   * semantic name decides the wire and base type, Debezium's source-column parameters (when present)
   * refine it.
   *
   * @throws IllegalArgumentException when the schema describes no logical type Tributary has
   */
  static ValueCodec read(Map<?, ?> schema) {
    String connectType = text(schema.get("type"));
    String name = text(schema.get("name"));
    Map<?, ?> parameters = schema.get("parameters") instanceof Map<?, ?> map ? map : Map.of();
    ValueCodec base = base(connectType, name, parameters, schema);
    String sourceType = text(parameters.get(SOURCE_TYPE));
    if (sourceType == null || base.type().kind() == DataType.Kind.ARRAY) {
      return base;
    }
    DataType refined;
    try {
      refined = DebeziumColumnType.toDataType(sourceType, integer(parameters.get(SOURCE_LENGTH)),
          integer(parameters.get(SOURCE_SCALE)), symbols(parameters));
    } catch (IllegalArgumentException e) {
      return base; // another database's type name (PostgreSQL's int4, ...): the Connect schema decides
    }
    Wire wire = refined.kind() == base.type().kind() ? base.wire()
        : refined.kind() == DataType.Kind.DECIMAL && "double".equals(connectType) ? Wire.DECIMAL_DOUBLE : Wire.PLAIN;
    return new ValueCodec(refined, wire, null);
  }

  private static ValueCodec base(String connectType, String name, Map<?, ?> parameters, Map<?, ?> schema) {
    if (name != null) {
      ValueCodec named = named(name, parameters);
      if (named != null) {
        return named;
      }
    }
    if (connectType == null) {
      throw new IllegalArgumentException("the field schema has no type");
    }
    return switch (connectType) {
      case "boolean" -> plain(DataType.bool());
      case "int8" -> plain(DataType.int8());
      case "int16" -> plain(DataType.int16());
      case "int32" -> plain(DataType.int32());
      case "int64" -> plain(DataType.int64());
      case "float", "float32" -> plain(DataType.float32());
      case "double", "float64" -> plain(DataType.float64());
      case "string" -> plain(DataType.string(-1));
      case "bytes" -> plain(DataType.bytes(-1));
      case "array" -> array(schema);
      default -> throw new IllegalArgumentException("Connect type '" + connectType + "'"
          + (name == null ? "" : " named '" + name + "'") + " has no Tributary logical type");
    };
  }

  private static ValueCodec array(Map<?, ?> schema) {
    if (!(schema.get("items") instanceof Map<?, ?> items)) {
      throw new IllegalArgumentException("the array field schema has no items schema");
    }
    ValueCodec element = read(items);
    return new ValueCodec(DataType.arrayOf(element.type()), Wire.PLAIN, element);
  }

  /** The codec of a semantic type, or null for names that only decorate their Connect type. */
  private static ValueCodec named(String name, Map<?, ?> parameters) {
    return switch (name) {
      case DECIMAL -> new ValueCodec(DataType.decimal(orZero(integer(parameters.get("connect.decimal.precision"))),
          orZero(integer(parameters.get("scale")))), Wire.DECIMAL_BYTES, null);
      case VARIABLE_DECIMAL -> new ValueCodec(DataType.decimal(0, -1), Wire.DECIMAL_STRUCT, null);
      case "io.debezium.time.Date", "org.apache.kafka.connect.data.Date" -> wire(DataType.date(), Wire.EPOCH_DAYS);
      case "io.debezium.time.Time", "org.apache.kafka.connect.data.Time" -> wire(DataType.time(3), Wire.MILLIS);
      case "io.debezium.time.MicroTime" -> wire(DataType.time(6), Wire.MICROS);
      case "io.debezium.time.NanoTime" -> wire(DataType.time(6), Wire.NANOS);
      case "io.debezium.time.Timestamp", "org.apache.kafka.connect.data.Timestamp" ->
          wire(DataType.timestamp(3), Wire.MILLIS);
      case "io.debezium.time.MicroTimestamp" -> wire(DataType.timestamp(6), Wire.MICROS);
      case "io.debezium.time.NanoTimestamp" -> wire(DataType.timestamp(6), Wire.NANOS);
      case "io.debezium.time.ZonedTimestamp" -> plain(DataType.timestampTz(6));
      case "io.debezium.time.IsoDate" -> plain(DataType.date());
      case "io.debezium.time.IsoTime" -> plain(DataType.time(6));
      case "io.debezium.time.IsoTimestamp" -> plain(DataType.timestamp(6));
      case "io.debezium.time.Year" -> plain(DataType.int16());
      case "io.debezium.data.Json" -> plain(DataType.json());
      case "io.debezium.data.Uuid" -> plain(DataType.uuid());
      case "io.debezium.data.Enum" -> plain(DataType.enumOf(symbols(parameters)));
      case "io.debezium.data.EnumSet" -> plain(DataType.setOf(symbols(parameters)));
      case "io.debezium.data.Bits" -> plain(DataType.bits(orZero(integer(parameters.get("length")))));
      case "io.debezium.time.MicroDuration", "io.debezium.time.Interval", "io.debezium.time.ZonedTime" ->
          throw new IllegalArgumentException("semantic type " + name + " has no Tributary logical type");
      default -> name.startsWith("io.debezium.data.geometry.")
          ? fail("semantic type " + name + " (spatial) has no Tributary logical type") : null;
    };
  }

  private static ValueCodec fail(String message) {
    throw new IllegalArgumentException(message);
  }

  private static ValueCodec plain(DataType type) {
    return new ValueCodec(type, Wire.PLAIN, null);
  }

  private static ValueCodec wire(DataType type, Wire wire) {
    return new ValueCodec(type, wire, null);
  }

  private static List<String> symbols(Map<?, ?> parameters) {
    String allowed = text(parameters.get("allowed"));
    return allowed == null || allowed.isEmpty() ? List.of() : Arrays.asList(allowed.split(",", -1));
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }

  private static Integer integer(Object value) {
    if (value instanceof Long number) {
      return Math.toIntExact(number);
    }
    try {
      return value instanceof String s ? Integer.valueOf(s.trim()) : null;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameter value '" + value + "' is not an integer", e);
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
