package io.tributary.connector.postgres.position;

import io.tributary.api.event.PositionFields;
import io.tributary.api.schema.TableId;

/**
 * The one-line text form of {@link PostgresPosition}s: a kind prefix, then {@code key=value}
 * fields joined with {@code &}, each value percent-encoded (UTF-8). Examples:
 *
 * <pre>
 * pg-wal:lsn=0/16B3748&amp;row=5
 * pg-snapshot:schema=public&amp;table=orders&amp;chunk=2&amp;after=1042
 * </pre>
 *
 * A chunk's lower bound ({@code after}) lists its key values, each percent-encoded, joined with
 * commas.
 */
final class PositionText {
  private static final String WAL = "pg-wal:";
  private static final String SNAPSHOT = "pg-snapshot:";

  private PositionText() {}

  static String encode(WalPosition p) {
    return WAL + "lsn=" + p.commitLsn() + "&row=" + p.row();
  }

  static String encode(SnapshotPosition p) {
    StringBuilder out = new StringBuilder(SNAPSHOT);
    out.append("schema=").append(PositionFields.escape(p.table().namespace()));
    out.append("&table=").append(PositionFields.escape(p.table().name()));
    out.append("&chunk=").append(p.chunk());
    if (p.after() != null) {
      out.append("&after=").append(PositionFields.keyList(p.after()));
    }
    return out.toString();
  }

  static PostgresPosition decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("position text is null");
    }
    try {
      if (text.startsWith(WAL)) {
        PositionFields f = PositionFields.parse(text, text.substring(WAL.length()), "PostgreSQL");
        return new WalPosition(Lsn.parse(f.required("lsn")), Long.parseLong(f.required("row")));
      }
      if (text.startsWith(SNAPSHOT)) {
        PositionFields f = PositionFields.parse(text, text.substring(SNAPSHOT.length()), "PostgreSQL");
        TableId table = new TableId(f.requiredText("schema"), f.requiredText("table"));
        return new SnapshotPosition(table, Long.parseLong(f.required("chunk")), f.optionalKeyList("after"));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed PostgreSQL position '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a PostgreSQL position (expected it to start with " + WAL + " or " + SNAPSHOT + ")");
  }
}
