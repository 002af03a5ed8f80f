package io.tributary.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** How to read each column of one result set into canonical text, chosen from the column's JDBC metadata. */
final class ResultColumns {

  /** Reads one column of the current row as canonical text. */
  @FunctionalInterface
  private interface ColumnReader {
    String read(ResultSet resultSet, int index) throws SQLException;
  }

  private final List<String> labels;
  private final List<ColumnReader> readers;

  private ResultColumns(List<String> labels, List<ColumnReader> readers) {
    this.labels = labels;
    this.readers = readers;
  }

  static ResultColumns of(Connection connection, ResultSetMetaData metadata) throws SQLException {
    boolean mariaDb = TableDump.isMariaDbOrMySql(connection);
    List<String> labels = new ArrayList<>();
    List<ColumnReader> readers = new ArrayList<>();
    for (int i = 1; i <= metadata.getColumnCount(); i++) {
      labels.add(metadata.getColumnLabel(i));
      String typeName = String.valueOf(metadata.getColumnTypeName(i)).toLowerCase(Locale.ROOT);
      readers.add(readerFor(metadata.getColumnType(i), typeName, mariaDb));
    }
    return new ResultColumns(List.copyOf(labels), List.copyOf(readers));
  }

  List<String> read(ResultSet resultSet) throws SQLException {
    List<String> row = new ArrayList<>(readers.size());
    for (int i = 0; i < readers.size(); i++) {
      row.add(readers.get(i).read(resultSet, i + 1));
    }
    return row;
  }

  /** The 0-based positions of the key columns. */
  int[] indexesOf(List<String> keyColumns, String sql) {
    int[] indexes = new int[keyColumns.size()];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = indexOf(keyColumns.get(k), sql);
    }
    return indexes;
  }

  private int indexOf(String keyColumn, String sql) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equalsIgnoreCase(keyColumn)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Key column '" + keyColumn + "' is not among the columns " + labels
        + " of " + sql);
  }

  private static ColumnReader readerFor(int sqlType, String typeName, boolean mariaDb) {
    if (mariaDb && typeName.equals("boolean")) {
      return (resultSet, index) -> text(resultSet.getString(index)); // TINYINT(1): the number, not a Boolean
    }
    if (mariaDb && typeName.equals("bit")) {
      return (resultSet, index) -> hex(resultSet.getBytes(index));
    }
    if (!mariaDb && (typeName.equals("varbit") || typeName.equals("bit"))) {
      return (resultSet, index) -> bitStringHex(resultSet.getString(index)); // PostgreSQL, DuckDB: '0101'
    }
    if (mariaDb && typeName.equals("year")) {
      return (resultSet, index) -> {
        int year = resultSet.getInt(index);
        return resultSet.wasNull() ? TableDump.NULL : Integer.toString(year);
      };
    }
    if (sqlType == Types.TIME && !typeName.contains("tz") && !typeName.contains("zone")) {
      return (resultSet, index) -> {
        String time = resultSet.getString(index);
        return time == null ? TableDump.NULL : CanonicalValue.ofTimeText(time);
      };
    }
    if (typeName.equals("json") || typeName.equals("jsonb")) {
      return (resultSet, index) -> {
        String json = resultSet.getString(index);
        return json == null ? TableDump.NULL : CanonicalJson.of(json);
      };
    }
    if (sqlType == Types.CHAR || sqlType == Types.NCHAR) {
      return (resultSet, index) -> text(stripPad(resultSet.getString(index)));
    }
    return (resultSet, index) -> CanonicalValue.of(resultSet.getObject(index));
  }

  private static String text(String value) {
    return value == null ? TableDump.NULL : value;
  }

  private static String hex(byte[] value) {
    return value == null ? TableDump.NULL : HexFormat.of().formatHex(value);
  }

  /** A bit string such as {@code 101} as the hex of its big-endian bytes, like MariaDB's BIT reads. */
  static String bitStringHex(String bits) {
    if (bits == null) {
      return TableDump.NULL;
    }
    byte[] bytes = new byte[(bits.length() + 7) / 8];
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(bits.length() - 1 - i) == '1') {
        bytes[bytes.length - 1 - i / 8] |= (byte) (1 << (i % 8));
      }
    }
    return HexFormat.of().formatHex(bytes);
  }

  private static String stripPad(String value) {
    if (value == null) {
      return null;
    }
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == ' ') {
      end--;
    }
    return value.substring(0, end);
  }
}
