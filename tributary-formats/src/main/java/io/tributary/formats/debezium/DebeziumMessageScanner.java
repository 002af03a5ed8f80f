package io.tributary.formats.debezium;

import io.tributary.formats.value.Columns;
import io.tributary.formats.value.ExpectedNames;
import io.tributary.formats.value.JsonScanner;
import io.tributary.formats.value.RawRow;
import io.tributary.formats.value.TypedValues;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link DebeziumMessageReader} for change events without the {@code {schema,
 * payload}} envelope: reads one straight from its bytes with a {@link JsonScanner} into the very
 * {@link DebeziumMessage} Jackson's reader gives, or declines ({@link JsonScanner.Declined}) — on
 * anything the scanner declines, the envelope, {@code tableChanges}, a known field given twice, a
 * row or {@code source} value that is an object or an array, a name given twice in a row or block —
 * and the decoder then reads the message with {@link DebeziumMessageReader}, which reports any
 * error. One per decoder (it reuses the texts that repeat from message to message); not
 * thread-safe.
 */
final class DebeziumMessageScanner {
  private static final byte[][] FIELDS = bytes(List.of("before", "after", "source", "op", "ts_ms", "transaction",
      "ddl", "databaseName", "schemaName", "schema", "payload", "tableChanges"));
  private static final int BEFORE = 0;
  private static final int AFTER = 1;
  private static final int SOURCE = 2;
  private static final int OP = 3;
  private static final int TS_MS = 4;
  private static final int TRANSACTION = 5;
  private static final int DDL = 6;
  private static final int DATABASE_NAME = 7;
  private static final int SCHEMA_NAME = 8;
  /** From here on, the fields the scanner declines: {@code schema}, {@code payload}, {@code tableChanges}. */
  private static final int DECLINED_FIELDS = 9;
  private static final byte[][] SOURCE_FIELDS = bytes(DebeziumMetadata.SOURCE_FIELDS);
  private static final List<String> REPEATING = List.of("snapshot", "table", "schema", "db", "gtid");
  private static final byte[][] TRANSACTION_FIELDS = bytes(List.of("id"));

  private final JsonScanner in = new JsonScanner();
  private final String[] rowNames = new String[16];
  private final String[] repeated = new String[SOURCE_FIELDS.length];
  private final boolean[] repeating = new boolean[SOURCE_FIELDS.length];
  private String op;
  private String transactionId;
  private int[] others = new int[16];
  /** The message, the source block's and the transaction block's values, reused from message to message. */
  private final DebeziumMessage message = new DebeziumMessage();
  private final Object[] source = new Object[SOURCE_FIELDS.length];
  private final Object[] transaction = new Object[TRANSACTION_FIELDS.length];
  private Columns predicted;
  private final ExpectedNames topNames = new ExpectedNames();
  private final ExpectedNames sourceNames = new ExpectedNames();
  private final ExpectedNames transactionNames = new ExpectedNames();
  private TypedValues values;

  DebeziumMessageScanner() {
    for (int i = 0; i < repeating.length; i++) {
      repeating[i] = REPEATING.contains(DebeziumMetadata.SOURCE_FIELDS.get(i));
    }
  }

  /**
   * The message in {@code length} bytes from {@code offset}.
   *
   * @throws JsonScanner.Declined when the scanner does not read it with certainty
   */
  DebeziumMessage read(byte[] bytes, int offset, int length) {
    return read(bytes, offset, length, null, null);
  }

  /**
   * The message, its {@code before} and {@code after} read {@linkplain RawRow#typed straight into
   * the types} of {@code predicted} (converted with {@code values}) where they have its layout;
   * null {@code predicted} reads raw rows.
   *
   * @throws JsonScanner.Declined when the scanner does not read it with certainty
   */
  DebeziumMessage read(byte[] bytes, int offset, int length, Columns predicted, TypedValues values) {
    this.predicted = predicted;
    this.values = values;
    in.start(bytes, offset, length);
    in.expect('{');
    DebeziumMessage message = this.message;
    message.clear();
    long seen = 0;
    for (int j = 0; in.nextField(j == 0, topNames.quoted(j)); j++) {
      int field = field(FIELDS, topNames, j);
      if (field < 0) {
        in.skipValue();
        continue;
      }
      if ((seen & (1L << field)) != 0 || field >= DECLINED_FIELDS) {
        throw JsonScanner.decline();
      }
      seen |= 1L << field;
      readField(field, message);
    }
    in.finish();
    return message;
  }

  /**
   * Which of {@code names} the name just read is (-1 for none): the tag of {@code slot} when the
   * name was the one {@code expected} there, else found and remembered for the slot.
   */
  private int field(byte[][] names, ExpectedNames expected, int slot) {
    if (in.namePredicted()) {
      return expected.tag(slot);
    }
    int field = -1;
    for (int i = 0; i < names.length && field < 0; i++) {
      field = in.nameIs(names[i]) ? i : -1;
    }
    expected.remember(slot, in, null, field);
    return field;
  }

  private void readField(int field, DebeziumMessage message) {
    switch (field) {
      case BEFORE -> message.before = row();
      case AFTER -> message.after = row();
      case SOURCE -> message.source = in.nullValue() ? null : block(SOURCE_FIELDS, sourceNames, source);
      case OP -> {
        message.opOffset = in.offset();
        message.op = op = in.stringOrNull(op);
      }
      case TS_MS -> message.tsMs = in.integerOrNull();
      case TRANSACTION -> message.transactionId = in.nullValue() ? null
          : block(TRANSACTION_FIELDS, transactionNames, transaction)[0];
      case DDL -> message.ddl = in.stringOrNull(null);
      case DATABASE_NAME -> message.databaseName = in.stringOrNull(null);
      default -> message.schemaName = in.stringOrNull(null);
    }
  }

  private RawRow row() {
    if (in.nullValue()) {
      return null;
    }
    RawRow typed = in.typedRow(predicted, values, false);
    if (typed != null) {
      return typed;
    }
    RawRow row = RawRow.empty(in.offset());
    in.expect('{');
    for (int j = 0; in.nextField(j == 0); j++) {
      String name = in.name(j < rowNames.length ? rowNames[j] : null);
      if (j < rowNames.length) {
        rowNames[j] = name;
      }
      if (row.indexOf(name) >= 0) {
        throw JsonScanner.decline();
      }
      row.append(name, in.scalar());
    }
    return row;
  }

  /**
   * The values of the {@code selected} fields of an object, into {@code values}, as {@link
   * io.tributary.formats.value.SelectedFields} reads them; the other fields' values are checked and
   * dropped.
   */
  private Object[] block(byte[][] selected, ExpectedNames names, Object[] values) {
    in.expect('{');
    Arrays.fill(values, null);
    long seen = 0;
    int otherCount = 0;
    for (int j = 0; in.nextField(j == 0, names.quoted(j)); j++) {
      int field = field(selected, names, j);
      if (field >= 0) {
        if ((seen & (1L << field)) != 0) {
          throw JsonScanner.decline();
        }
        seen |= 1L << field;
        if (in.peek() != '"') {
          values[field] = in.scalar();
        } else if (selected == TRANSACTION_FIELDS) {
          values[field] = transactionId = in.stringOrNull(transactionId);
        } else {
          values[field] = repeating[field] ? (repeated[field] = in.stringOrNull(repeated[field])) : in.stringOrNull(null);
        }
      } else {
        otherCount = other(otherCount);
        int next = in.peek();
        if (next == '{' || next == '[') {
          throw JsonScanner.decline();
        }
        in.skipValue();
      }
    }
    return values;
  }

  /** Notes the name just read among the block's other fields, declining when it repeats; returns the new count. */
  private int other(int count) {
    for (int i = 0; i < count; i++) {
      if (in.nameEquals(others[2 * i], others[2 * i + 1])) {
        throw JsonScanner.decline();
      }
    }
    if (2 * count + 2 > others.length) {
      others = Arrays.copyOf(others, others.length * 2);
    }
    others[2 * count] = in.nameStart();
    others[2 * count + 1] = in.nameLength();
    return count + 1;
  }

  private static byte[][] bytes(List<String> names) {
    byte[][] bytes = new byte[names.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = names.get(i).getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }
}
