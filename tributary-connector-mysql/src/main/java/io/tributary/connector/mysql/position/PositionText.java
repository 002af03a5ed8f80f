package io.tributary.connector.mysql.position;

import io.tributary.api.event.PositionFields;
import io.tributary.api.schema.TableId;

/**
 * The one-line text form of {@link MySqlPosition}s: a kind prefix, then {@code key=value} fields
 * joined with {@code &}, each value percent-encoded (UTF-8). Examples:
 *
 * <pre>
 * mysql-binlog:file=bin.000003&amp;pos=1234&amp;row=5&amp;gtid=0-1-8
 * mysql-snapshot:db=shop&amp;table=orders&amp;chunk=2&amp;after=1042&amp;file=bin.000003&amp;pos=4&amp;row=0
 * </pre>
 *
 * A chunk's lower bound ({@code after}) lists its key values, each percent-encoded, joined with
 * commas.
 */
final class PositionText {
  private static final String BINLOG = "mysql-binlog:";
  private static final String SNAPSHOT = "mysql-snapshot:";

  private PositionText() {}

  static String encode(BinlogPosition p) { // one concatenation: every change event's position is written so
    String file = PositionFields.escape(p.file());
    return p.gtid() == null ? BINLOG + "file=" + file + "&pos=" + p.position() + "&row=" + p.rowIndex()
        : BINLOG + "file=" + file + "&pos=" + p.position() + "&row=" + p.rowIndex() + "&gtid="
            + PositionFields.escape(p.gtid());
  }

  static String encode(SnapshotPosition p) {
    StringBuilder out = new StringBuilder(SNAPSHOT);
    out.append("db=").append(PositionFields.escape(p.table().namespace()));
    out.append("&table=").append(PositionFields.escape(p.table().name()));
    out.append("&chunk=").append(p.chunk());
    if (p.after() != null) {
      out.append("&after=").append(PositionFields.keyList(p.after()));
    }
    return out.append('&').append(binlogFields(p.binlogStart())).toString();
  }

  static MySqlPosition decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("position text is null");
    }
    try {
      if (text.startsWith(BINLOG)) {
        return binlog(PositionFields.parse(text, text.substring(BINLOG.length()), "MySQL"));
      }
      if (text.startsWith(SNAPSHOT)) {
        PositionFields f = PositionFields.parse(text, text.substring(SNAPSHOT.length()), "MySQL");
        TableId table = new TableId(f.requiredText("db"), f.requiredText("table"));
        return new SnapshotPosition(binlog(f), table, Long.parseLong(f.required("chunk")), f.optionalKeyList("after"));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed MySQL position '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a MySQL position (expected it to start with " + BINLOG + " or " + SNAPSHOT + ")");
  }

  private static String binlogFields(BinlogPosition p) {
    String out = "file=" + PositionFields.escape(p.file()) + "&pos=" + p.position() + "&row=" + p.rowIndex();
    return p.gtid() == null ? out : out + "&gtid=" + PositionFields.escape(p.gtid());
  }

  private static BinlogPosition binlog(PositionFields f) {
    return new BinlogPosition(f.requiredText("file"), Long.parseLong(f.required("pos")), Long.parseLong(f.required("row")),
        f.optionalText("gtid"));
  }
}
