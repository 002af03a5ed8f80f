package io.tributary.connector.postgres.position;

import io.tributary.api.schema.TableId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    out.append("schema=").append(escape(p.table().namespace()));
    out.append("&table=").append(escape(p.table().name()));
    out.append("&chunk=").append(p.chunk());
    if (p.after() != null) {
      out.append("&after=");
      for (int i = 0; i < p.after().size(); i++) {
        out.append(i == 0 ? "" : ",").append(escape(p.after().get(i)));
      }
    }
    return out.toString();
  }

  static PostgresPosition decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("position text is null");
    }
    try {
      if (text.startsWith(WAL)) {
        Map<String, String> f = fields(text.substring(WAL.length()));
        return new WalPosition(Lsn.parse(required(f, "lsn", text)), Long.parseLong(required(f, "row", text)));
      }
      if (text.startsWith(SNAPSHOT)) {
        Map<String, String> f = fields(text.substring(SNAPSHOT.length()));
        TableId table = new TableId(unescape(required(f, "schema", text)), unescape(required(f, "table", text)));
        String after = f.get("after");
        return new SnapshotPosition(table, Long.parseLong(required(f, "chunk", text)), after == null ? null : keys(after));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed PostgreSQL position '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a PostgreSQL position (expected it to start with " + WAL + " or " + SNAPSHOT + ")");
  }

  private static List<String> keys(String joined) {
    List<String> out = new ArrayList<>();
    for (String part : joined.split(",", -1)) {
      out.add(unescape(part));
    }
    return out;
  }

  private static Map<String, String> fields(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed field '" + pair + "' in PostgreSQL position");
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }

  private static String required(Map<String, String> fields, String key, String text) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException("PostgreSQL position '" + text + "' lacks the field '" + key + "'");
    }
    return value;
  }

  private static String escape(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unescape(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
