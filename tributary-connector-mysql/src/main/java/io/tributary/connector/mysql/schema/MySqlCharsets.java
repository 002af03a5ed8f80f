package io.tributary.connector.mysql.schema;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The Java charset of each MySQL/MariaDB character set name. {@code latin1} is MySQL's own
 * variant of windows-1252 ({@link MySqlLatin1}).
 */
public final class MySqlCharsets {

  private static final Map<String, String> JAVA_NAMES =
      Map.ofEntries(
          Map.entry("utf8mb4", "UTF-8"),
          Map.entry("utf8mb3", "UTF-8"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("latin2", "ISO-8859-2"),
          Map.entry("latin5", "ISO-8859-9"),
          Map.entry("latin7", "ISO-8859-13"),
          Map.entry("ascii", "US-ASCII"),
          Map.entry("ucs2", "UTF-16BE"),
          Map.entry("utf16", "UTF-16BE"),
          Map.entry("utf16le", "UTF-16LE"),
          Map.entry("utf32", "UTF-32BE"),
          Map.entry("cp1250", "windows-1250"),
          Map.entry("cp1251", "windows-1251"),
          Map.entry("cp1256", "windows-1256"),
          Map.entry("cp1257", "windows-1257"),
          Map.entry("cp850", "IBM850"),
          Map.entry("cp852", "IBM852"),
          Map.entry("cp866", "IBM866"),
          Map.entry("cp932", "windows-31j"),
          Map.entry("koi8r", "KOI8-R"),
          Map.entry("koi8u", "KOI8-U"),
          Map.entry("greek", "ISO-8859-7"),
          Map.entry("hebrew", "ISO-8859-8"),
          Map.entry("tis620", "TIS-620"),
          Map.entry("sjis", "Shift_JIS"),
          Map.entry("ujis", "EUC-JP"),
          Map.entry("eucjpms", "x-eucJP-Open"),
          Map.entry("euckr", "EUC-KR"),
          Map.entry("gb2312", "GB2312"),
          Map.entry("gbk", "GBK"),
          Map.entry("gb18030", "GB18030"),
          Map.entry("big5", "Big5"),
          Map.entry("macroman", "x-MacRoman"),
          Map.entry("macce", "x-MacCentralEurope"));

  private MySqlCharsets() {}

  /**
   * The Java charset of a MySQL character set name, or null for {@code binary} and for columns
   * without a character set.
   *
   * @throws IllegalArgumentException for a character set Java cannot decode
   */
  public static Charset forName(String mysqlCharset) {
    if (mysqlCharset == null || mysqlCharset.equalsIgnoreCase("binary")) {
      return null;
    }
    String name = mysqlCharset.toLowerCase(Locale.ROOT);
    if (name.equals("latin1")) {
      return MySqlLatin1.INSTANCE;
    }
    String javaName = JAVA_NAMES.get(name);
    if (javaName == null) {
      throw new IllegalArgumentException("character set '" + mysqlCharset + "' is not supported");
    }
    return javaName.equals("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(javaName);
  }
}
