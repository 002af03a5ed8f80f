package io.tributary.connector.mysql.binlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.ColumnType;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.DataType.Kind;
import io.tributary.connector.mysql.binlog.ServerBinlogEvents.ServerColumn;
import io.tributary.connector.mysql.schema.MySqlColumnTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The source types columns from their {@code COLUMN_TYPE} text, while binlog rows are laid out by
 * the TABLE_MAP event. For generated column definitions, rendered both ways as the server does:
 * the logical type read from the text must be the one the TABLE_MAP (as the binlog client decodes
 * it, plus the column's signedness and character set) describes, and the converter chosen from
 * the text must turn the client's value for that TABLE_MAP type into the kind's Java class.
 */
class ColumnTypeAgreementPropertiesTest {
  private static final Map<String, Integer> MAX_BYTES_PER_CHARACTER =
      Map.of("utf8mb4", 4, "utf8mb3", 3, "latin1", 1, "ascii", 1, "ucs2", 2, "utf16", 4, "utf32", 4);

  @Property(tries = 1000)
  void columnTypeTextAndTableMapDescribeTheSameLogicalType(@ForAll("definitions") ColumnDefinition definition) {
    ServerColumn column = definition.column();
    TableMapEventData map = ServerBinlogEvents.decode(column, definition.sampleCell()).tableMap();
    DataType fromText = MySqlColumnTypes.map(column.columnType(), column.json());
    DataType fromTableMap = fromTableMap(map.getColumnTypes()[0] & 0xFF, map.getColumnMetadata()[0], definition);

    if (fromText.kind() == Kind.ENUM || fromText.kind() == Kind.SET) {
      assertThat(fromText.kind()).isEqualTo(fromTableMap.kind());
      assertThat(fromText.symbols()).hasSize(definition.symbols());
      assertThat(fitsPackLength(fromText, map.getColumnMetadata()[0] & 0xFF)).isTrue();
    } else {
      assertThat(fromText).isEqualTo(fromTableMap);
    }
    assertThat(ServerBinlogEvents.logicalValue(column, definition.sampleCell())).isInstanceOf(javaClass(fromText.kind()));
  }

  @Provide
  Arbitrary<ColumnDefinition> definitions() {
    return ColumnDefinition.any();
  }

  /**
   * What the TABLE_MAP says, read as the project's MySQL mapping: the type code and metadata, the
   * signedness (TABLE_MAP optional metadata SIGNEDNESS) and the character set (DEFAULT_CHARSET).
   */
  private static DataType fromTableMap(int type, int metadata, ColumnDefinition definition) {
    boolean signed = !definition.unsigned();
    String charset = definition.column().charset();
    return switch (ColumnType.byCode(type)) {
      case TINY -> signed ? DataType.int8() : DataType.int16();
      case SHORT -> signed ? DataType.int16() : DataType.int32();
      case INT24 -> DataType.int32();
      case LONG -> signed ? DataType.int32() : DataType.int64();
      case LONGLONG -> signed ? DataType.int64() : DataType.decimal(20, 0);
      case NEWDECIMAL -> DataType.decimal(metadata & 0xFF, metadata >> 8);
      case FLOAT -> DataType.float32();
      case DOUBLE -> DataType.float64();
      case YEAR -> DataType.int16();
      case DATE -> DataType.date();
      case TIME_V2 -> DataType.time(metadata);
      case DATETIME_V2 -> DataType.timestamp(metadata);
      case TIMESTAMP_V2 -> DataType.timestampTz(metadata);
      case BIT -> DataType.bits((metadata >> 8) * 8 + (metadata & 0xFF));
      case VARCHAR -> charset == null ? DataType.bytes(metadata) : DataType.string(metadata / MAX_BYTES_PER_CHARACTER.get(charset));
      case STRING -> fixedLength(metadata, charset, definition.symbols());
      case BLOB -> definition.column().json() ? DataType.json() : charset == null ? DataType.bytes(-1) : DataType.string(-1);
      case JSON -> DataType.json();
      default -> throw new IllegalArgumentException("no mapping for binlog type " + type);
    };
  }

  /** CHAR, BINARY, ENUM and SET share type STRING; the metadata's first byte holds the real type. */
  private static DataType fixedLength(int metadata, String charset, int symbols) {
    int realType = metadata >> 8;
    if (realType == ColumnType.ENUM.getCode()) {
      return DataType.enumOf(Collections.nCopies(symbols, "?"));
    }
    if (realType == ColumnType.SET.getCode()) {
      return DataType.setOf(Collections.nCopies(symbols, "?"));
    }
    int length = (metadata & 0xFF) | (((realType & 0x30) ^ 0x30) << 4);
    return charset == null ? DataType.bytes(length) : DataType.string(length / MAX_BYTES_PER_CHARACTER.get(charset));
  }

  private static boolean fitsPackLength(DataType type, int packLength) {
    return type.kind() == Kind.ENUM
        ? packLength == ServerRowFormat.enumPackLength(type.symbols().size())
        : packLength == ServerRowFormat.setPackLength(type.symbols().size());
  }

  private static Class<?> javaClass(Kind kind) {
    return switch (kind) {
      case INT8 -> Byte.class;
      case INT16 -> Short.class;
      case INT32 -> Integer.class;
      case INT64 -> Long.class;
      case DECIMAL -> BigDecimal.class;
      case FLOAT32 -> Float.class;
      case FLOAT64 -> Double.class;
      case STRING, JSON, ENUM, SET -> String.class;
      case BYTES, BITS -> byte[].class;
      case DATE -> LocalDate.class;
      case TIME -> LocalTime.class;
      case TIMESTAMP -> LocalDateTime.class;
      case TIMESTAMP_TZ -> Instant.class;
      default -> throw new IllegalArgumentException(kind.name());
    };
  }
}
