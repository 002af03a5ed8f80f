package io.tributary.connector.mysql.position;

import io.tributary.api.schema.TableId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  static String encode(BinlogPosition p) {
    return BINLOG + binlogFields(p);
  }

  static String encode(SnapshotPosition p) {
    StringBuilder out = new StringBuilder(SNAPSHOT);
    out.append("db=").append(escape(p.table().namespace()));
    out.append("&table=").append(escape(p.table().name()));
    out.append("&chunk=").append(p.chunk());
    if (p.after() != null) {
      out.append("&after=");
      for (int i = 0; i < p.after().size(); i++) {
        out.append(i == 0 ? "" : ",").append(escape(p.after().get(i)));
      }
    }
    return out.append('&').append(binlogFields(p.binlogStart())).toString();
  }

  static MySqlPosition decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("position text is null");
    }
    try {
      if (text.startsWith(BINLOG)) {
        return binlog(fields(text.substring(BINLOG.length())), text);
      }
      if (text.startsWith(SNAPSHOT)) {
        Map<String, String> f = fields(text.substring(SNAPSHOT.length()));
        TableId table = new TableId(unescape(required(f, "db", text)), unescape(required(f, "table", text)));
        String after = f.get("after");
        return new SnapshotPosition(
            binlog(f, text), table, Long.parseLong(required(f, "chunk", text)), after == null ? null : keys(after));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed MySQL position '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a MySQL position (expected it to start with " + BINLOG + " or " + SNAPSHOT + ")");
  }

  private static String binlogFields(BinlogPosition p) {
    String out = "file=" + escape(p.file()) + "&pos=" + p.position() + "&row=" + p.rowIndex();
    return p.gtid() == null ? out : out + "&gtid=" + escape(p.gtid());
  }

  private static BinlogPosition binlog(Map<String, String> f, String text) {
    String gtid = f.get("gtid");
    return new BinlogPosition(
        unescape(required(f, "file", text)),
        Long.parseLong(required(f, "pos", text)),
        Long.parseLong(required(f, "row", text)),
        gtid == null ? null : unescape(gtid));
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
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed field '" + pair + "' in MySQL position");
      }
      out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }

  private static String required(Map<String, String> fields, String key, String text) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException("MySQL position '" + text + "' lacks the field '" + key + "'");
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
