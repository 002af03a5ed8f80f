package io.tributary.bench.formats;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.formats.ChangeEncoder;
import io.tributary.formats.Format;
import io.tributary.formats.FormatOptions;
import java.util.List;
import java.util.Locale;

/**
 * The benchmarked messages: changes of the end-to-end bench's narrow table {@code bench.changes}
 * (id BIGINT primary key, k INT, v VARCHAR(64), ts BIGINT) as a MySQL source emits them — UPDATEs
 * with before and after images, or INSERTs — in one format.
 *
 * @param format the format
 * @param envelope whether Debezium-JSON carries the {@code {schema, payload}} envelope
 * @param op UPDATE or INSERT
 */
public record NarrowRows(Format format, boolean envelope, Operation op) {
  /** The table, with the MySQL column types its source reports. */
  public static final TableSchema CHANGES = new TableSchema(new TableId("bench", "changes"), List.of(
      new Column("id", DataType.int64(), false, "bigint(20)"),
      new Column("k", DataType.int32(), false, "int(11)"),
      new Column("v", DataType.string(64), false, "varchar(64)"),
      new Column("ts", DataType.int64(), false, "bigint(20)")), List.of("id"), 1);

  private static final long COMMIT_MILLIS = 1_732_000_000_000L;
  private static final int ROWS_PER_TRANSACTION = 10;

  public NarrowRows {
    if (op != Operation.UPDATE && op != Operation.INSERT) {
      throw new IllegalArgumentException("the narrow-row benchmark has UPDATE and INSERT messages, not " + op);
    }
  }

  /**
   * The case a JMH parameter names: {@code <format>[+envelope]/<op>}, e.g. {@code
   * debezium-json+envelope/update}.
   */
  public static NarrowRows parse(String name) {
    int slash = name.indexOf('/');
    String formatPart = name.substring(0, slash);
    boolean envelope = formatPart.endsWith("+envelope");
    Format format = Format.of(envelope ? formatPart.substring(0, formatPart.length() - "+envelope".length()) : formatPart);
    return new NarrowRows(format, envelope, Operation.valueOf(name.substring(slash + 1).toUpperCase(Locale.ROOT)));
  }

  /**
   * {@code count} changes of consecutive rows from 100001 on, {@value #ROWS_PER_TRANSACTION} per
   * transaction, as the bench's workload makes them: an UPDATE raises k by one and sets v to
   * {@code updated-<id>}; an INSERT writes the updated values. Positions, transactions and times
   * differ from event to event, as in a real stream.
   */
  public ChangeEvent[] events(int count) {
    ChangeEvent[] events = new ChangeEvent[count];
    for (int i = 0; i < count; i++) {
      long id = 100_001L + i;
      long commit = COMMIT_MILLIS + i / ROWS_PER_TRANSACTION;
      String gtid = "0-1-" + (4_242 + i / ROWS_PER_TRANSACTION);
      SourcePosition position = new BinlogPosition("mysql-bin.000003", 4_718_592 + 1_000L * (i / ROWS_PER_TRANSACTION),
          i % ROWS_PER_TRANSACTION + 1, gtid);
      Object[] before = {id, (int) (id % 1_000), "value-" + id, commit - 60_000};
      Object[] after = {id, (int) (id % 1_000) + 1, "updated-" + id, commit};
      events[i] = op == Operation.UPDATE ? new ChangeEvent(op, CHANGES, before, after, position, commit, gtid)
          : new ChangeEvent(op, CHANGES, null, after, position, commit, gtid);
    }
    return events;
  }

  /**
   * {@link #events} encoded by Tributary's encoder: values, and keys for Debezium-JSON (null for
   * Canal-JSON, whose decoder ignores keys).
   */
  public Encoded encoded(int count) {
    ChangeEncoder encoder = format.encoder(options());
    ChangeEvent[] events = events(count);
    byte[][] keys = new byte[count][];
    byte[][] values = new byte[count][];
    for (int i = 0; i < count; i++) {
      values[i] = encoder.encode(events[i]);
      keys[i] = format == Format.DEBEZIUM_JSON ? encoder.encodeKey(events[i]) : null;
    }
    return new Encoded(events, keys, values);
  }

  /** Events and their messages, index for index. */
  @SuppressWarnings("ArrayRecordComponent") // benchmark fixtures, never compared
  public record Encoded(ChangeEvent[] events, byte[][] keys, byte[][] values) {}

  /**
   * The options of both sides: defaults, the envelope when asked, and the table's shape known to
   * decoders (what a consumer of Debezium-JSON without envelope configures to get typed rows).
   */
  public FormatOptions options() {
    return FormatOptions.defaults().withSchemaEnvelope(envelope)
        .withKnownSchemas(table -> table.equals(CHANGES.id()) ? CHANGES : null);
  }
}
