package io.tributary.formats.canal;

import io.tributary.formats.value.Columns;
import io.tributary.formats.value.ExpectedNames;
import io.tributary.formats.value.JsonScanner;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.TypedValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of {@link CanalMessageReader}: reads a Canal flat message straight from its bytes
 * with a {@link JsonScanner} into the very {@link CanalMessage} Jackson's reader gives, or declines
 * ({@link JsonScanner.Declined}) — on anything the scanner declines, a known field given twice, a
 * row value that is an object or an array, a row naming a column twice — and the decoder then reads
 * the message with {@link CanalMessageReader}, which reports any error.
 *
 * <p>What repeats from message to message is returned as the instances read before: names, types
 * and keys of a table ({@code mysqlType} and {@code pkNames} are recognised by their exact bytes).
 * One per decoder; not thread-safe.
 */
final class CanalMessageScanner {
  private static final byte[][] FIELDS = names("data", "old", "database", "table", "type", "isDdl", "sql", "gtid",
      "es", "ts", "id", "pkNames", "mysqlType");
  private static final int DATA = 0;
  private static final int OLD = 1;
  private static final int DATABASE = 2;
  private static final int TABLE = 3;
  private static final int TYPE = 4;
  private static final int IS_DDL = 5;
  private static final int SQL = 6;
  private static final int GTID = 7;
  private static final int ES = 8;
  private static final int TS = 9;
  private static final int ID = 10;
  private static final int PK_NAMES = 11;
  private static final int MYSQL_TYPE = 12;

  private final JsonScanner in = new JsonScanner();
  private final ExpectedNames topNames = new ExpectedNames();
  private final ExpectedNames[] rowNames = {new ExpectedNames(), new ExpectedNames()};
  /** The last object or array value of an unknown field (Canal's {@code sqlType}), as bytes. */
  private byte[] skipped;
  private String database;
  private String table;
  private String type;
  private String sql;
  private byte[] pkNamesBytes;
  private List<String> pkNames;
  private byte[] mysqlTypeBytes;
  private Map<String, String> mysqlType;
  /** The message and its {@code data} and {@code old} lists, reused from message to message. */
  private final CanalMessage message = new CanalMessage();
  @SuppressWarnings("unchecked")
  private final List<RawRow>[] rowLists = new List[] {new ArrayList<RawRow>(2), new ArrayList<RawRow>(2)};
  private Columns predicted;
  private TypedValues values;

  /**
   * The message in {@code length} bytes from {@code offset}.
   *
   * @throws JsonScanner.Declined when the scanner does not read it with certainty
   */
  CanalMessage read(byte[] bytes, int offset, int length) {
    return read(bytes, offset, length, null, null);
  }

  /**
   * The message, its {@code data} rows read {@linkplain RawRow#typed straight into the types} of
   * {@code predicted} (converted with {@code values}) where they hold every column in order, and
   * its {@code old} rows where they hold some in order; null {@code predicted} reads raw rows.
   *
   * @throws JsonScanner.Declined when the scanner does not read it with certainty
   */
  CanalMessage read(byte[] bytes, int offset, int length, Columns predicted, TypedValues values) {
    this.predicted = predicted;
    this.values = values;
    in.start(bytes, offset, length);
    in.expect('{');
    CanalMessage message = this.message;
    message.clear();
    long seen = 0;
    for (int j = 0; in.nextField(j == 0, topNames.quoted(j)); j++) {
      int field = in.namePredicted() ? topNames.tag(j) : field(j);
      if (field < 0) {
        skipped = in.skipRepeated(skipped);
        continue;
      }
      if ((seen & (1L << field)) != 0) {
        throw JsonScanner.decline();
      }
      seen |= 1L << field;
      readField(field, message);
    }
    in.finish();
    return message;
  }

  /** The known field just read (-1 for others), remembered as the name of the message's field {@code slot}. */
  private int field(int slot) {
    int field = -1;
    for (int i = 0; i < FIELDS.length && field < 0; i++) {
      field = in.nameIs(FIELDS[i]) ? i : -1;
    }
    topNames.remember(slot, in, null, field);
    return field;
  }

  private void readField(int field, CanalMessage message) {
    switch (field) {
      case DATA -> message.data = rows(0);
      case OLD -> message.old = rows(1);
      case DATABASE -> message.database = database = in.stringOrNull(database);
      case TABLE -> message.table = table = in.stringOrNull(table);
      case TYPE -> {
        message.typeOffset = in.offset();
        message.type = type = in.stringOrNull(type);
      }
      case IS_DDL -> message.isDdl = in.booleanOrNull();
      case SQL -> message.sql = sql = in.stringOrNull(sql);
      case GTID -> message.gtid = in.stringOrNull(null);
      case ES -> message.es = in.integerOrNull();
      case TS -> message.ts = in.integerOrNull();
      case ID -> message.id = in.integerOrNull();
      case PK_NAMES -> message.pkNames = pkNames();
      default -> message.mysqlType = mysqlType();
    }
  }

  /** {@code data} ({@code list} 0) or {@code old} (1): null, or an array of row objects. */
  private List<RawRow> rows(int list) {
    if (in.nullValue()) {
      return null;
    }
    in.expect('[');
    List<RawRow> rows = rowLists[list];
    rows.clear();
    for (boolean first = true; in.nextElement(first); first = false) {
      rows.add(row(rowNames[list], list == 1));
    }
    return rows;
  }

  private RawRow row(ExpectedNames names, boolean old) {
    RawRow typed = in.typedRow(predicted, values, old);
    if (typed != null) {
      return typed;
    }
    RawRow row = RawRow.empty(in.offset());
    in.expect('{');
    for (int j = 0; in.nextField(j == 0, names.quoted(j)); j++) {
      String name;
      if (in.namePredicted()) {
        name = names.name(j);
      } else {
        name = in.name(null);
        names.remember(j, in, name, 0);
      }
      if (row.indexOf(name) >= 0) {
        throw JsonScanner.decline();
      }
      row.append(name, in.scalar());
    }
    return row;
  }

  private List<String> pkNames() {
    if (in.repeats(pkNamesBytes)) {
      return pkNames;
    }
    if (in.nullValue()) {
      return null;
    }
    int mark = in.mark();
    in.expect('[');
    List<String> names = new ArrayList<>(2);
    for (boolean first = true; in.nextElement(first); first = false) {
      if (in.peek() != '"') {
        throw JsonScanner.decline();
      }
      names.add(in.stringOrNull(null));
    }
    pkNamesBytes = in.copySince(mark);
    pkNames = names;
    return names;
  }

  private Map<String, String> mysqlType() {
    if (in.repeats(mysqlTypeBytes)) {
      return mysqlType;
    }
    if (in.nullValue()) {
      return null;
    }
    int mark = in.mark();
    in.expect('{');
    Map<String, String> types = new LinkedHashMap<>();
    for (boolean first = true; in.nextField(first); first = false) {
      String column = in.name(null);
      if (types.containsKey(column) || in.peek() != '"') {
        throw JsonScanner.decline();
      }
      types.put(column, in.stringOrNull(null));
    }
    mysqlTypeBytes = in.copySince(mark);
    mysqlType = types;
    return types;
  }

  private static byte[][] names(String... names) {
    byte[][] bytes = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }
}
