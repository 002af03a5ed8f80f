package io.tributary.connector.mysql.binlog;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * How a MariaDB/MySQL server writes column values into a binlog row image and describes columns
 * in a TABLE_MAP event ({@code sql/field.cc}, {@code mysys/my_time.c}, {@code strings/decimal.c}).
 * Written from the server's formats, not from the binlog client, so tests can hand the client
 * the bytes a server sends (checked against MariaDB 10.11 for every kind used here).
 */
final class ServerRowFormat {
  private static final int[] DIGITS_TO_BYTES = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4};

  private ServerRowFormat() {}

  /** The low {@code bytes} bytes of {@code value}, little-endian (integers, lengths, DATE, YEAR). */
  static byte[] littleEndian(long value, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  /** The low {@code bytes} bytes of {@code value}, big-endian (temporal types, DECIMAL groups). */
  static byte[] bigEndian(long value, int bytes) {
    byte[] out = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      out[bytes - 1 - i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** DECIMAL(p,s): groups of 9 digits in 4 bytes, partial groups in fewer, sign in the top bit. */
  static byte[] decimal(BigDecimal value, int precision, int scale) {
    BigInteger unscaled = value.setScale(scale).unscaledValue();
    String digits = unscaled.abs().toString();
    digits = "0".repeat(precision - digits.length()) + digits;
    int intDigits = precision - scale;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int leading = intDigits % 9;
    if (leading > 0) {
      out.writeBytes(bigEndian(Long.parseLong(digits.substring(0, leading)), DIGITS_TO_BYTES[leading]));
    }
    for (int at = leading; at < precision - scale % 9; at += 9) {
      out.writeBytes(bigEndian(Long.parseLong(digits.substring(at, at + 9)), 4));
    }
    int trailing = scale % 9;
    if (trailing > 0) {
      out.writeBytes(bigEndian(Long.parseLong(digits.substring(precision - trailing)), DIGITS_TO_BYTES[trailing]));
    }
    byte[] bytes = out.toByteArray();
    if (unscaled.signum() < 0) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ~bytes[i];
      }
    }
    bytes[0] ^= (byte) 0x80;
    return bytes;
  }

  /** DATE: 3 bytes little-endian, {@code day | month << 5 | year << 9} (zero parts allowed). */
  static byte[] date(int year, int month, int day) {
    return littleEndian(day | month << 5 | (long) year << 9, 3);
  }

  /** DATETIME(fsp) (DATETIME2): 40 bits big-endian, sign bit set, then the fraction. */
  static byte[] datetime(int year, int month, int day, long nanoOfDay, int fsp) {
    long seconds = nanoOfDay / 1_000_000_000L;
    long ymd = (year * 13L + month) << 5 | day;
    long hms = (seconds / 3600) << 12 | (seconds / 60 % 60) << 6 | seconds % 60;
    int micros = (int) (nanoOfDay / 1000 % 1_000_000);
    return concat(bigEndian((ymd << 17 | hms) + 0x80_0000_0000L, 5), fraction(micros, fsp));
  }

  static byte[] datetime(LocalDateTime value, int fsp) {
    return datetime(value.getYear(), value.getMonthValue(), value.getDayOfMonth(), value.toLocalTime().toNanoOfDay(), fsp);
  }

  /** TIMESTAMP(fsp) (TIMESTAMP2): epoch seconds, 4 bytes big-endian, then the fraction. */
  static byte[] timestamp(Instant value, int fsp) {
    return concat(bigEndian(value.getEpochSecond(), 4), fraction(value.getNano() / 1000, fsp));
  }

  /**
   * TIME(fsp) (TIME2) of a signed duration: the packed value {@code ±(hms << 24 | micros)} stored
   * with an offset, the fraction of negative values counted from the next integer part.
   */
  static byte[] time(long signedMicros, int fsp) {
    long abs = Math.abs(signedMicros);
    long seconds = abs / 1_000_000;
    long hms = (seconds / 3600) << 12 | (seconds / 60 % 60) << 6 | seconds % 60;
    long magnitude = hms << 24 | abs % 1_000_000;
    long packed = signedMicros < 0 ? -magnitude : magnitude;
    byte[] intPart = bigEndian(0x80_0000L + (packed >> 24), 3);
    long frac = packed % (1L << 24);
    return switch (fsp) {
      case 0 -> intPart;
      case 1, 2 -> concat(intPart, new byte[] {(byte) (frac / 10_000)});
      case 3, 4 -> concat(intPart, bigEndian(frac / 100, 2));
      default -> bigEndian(packed + 0x8000_0000_0000L, 6);
    };
  }

  /** The fractional seconds of DATETIME2/TIMESTAMP2/TIME2: 0 to 3 bytes, big-endian. */
  static byte[] fraction(int micros, int fsp) {
    return switch ((fsp + 1) / 2) {
      case 0 -> new byte[0];
      case 1 -> bigEndian(micros / 10_000, 1);
      case 2 -> bigEndian(micros / 100, 2);
      default -> bigEndian(micros, 3);
    };
  }

  /** YEAR: one byte, the year minus 1900, 0 for the zero year. */
  static byte[] year(int year) {
    return new byte[] {(byte) (year == 0 ? 0 : year - 1900)};
  }

  /** BIT(n): {@code (n + 7) / 8} bytes, big-endian. */
  static byte[] bit(BigInteger value, int width) {
    byte[] out = new byte[(width + 7) / 8];
    byte[] magnitude = value.toByteArray();
    int copy = Math.min(magnitude.length, out.length);
    System.arraycopy(magnitude, magnitude.length - copy, out, out.length - copy, copy);
    return out;
  }

  /** A string, binary or BLOB/TEXT value behind its length in {@code lengthBytes} bytes. */
  static byte[] lengthPrefixed(byte[] value, int lengthBytes) {
    return concat(littleEndian(value.length, lengthBytes), value);
  }

  /** TABLE_MAP metadata of DECIMAL(p,s): precision, scale. */
  static byte[] decimalMetadata(int precision, int scale) {
    return new byte[] {(byte) precision, (byte) scale};
  }

  /** TABLE_MAP metadata of BIT(n): bits beyond whole bytes, whole bytes. */
  static byte[] bitMetadata(int width) {
    return new byte[] {(byte) (width % 8), (byte) (width / 8)};
  }

  /** TABLE_MAP metadata of VARCHAR/VARBINARY: the maximum length in bytes, 2 bytes little-endian. */
  static byte[] varcharMetadata(int maxBytes) {
    return littleEndian(maxBytes, 2);
  }

  /** TABLE_MAP metadata of CHAR/BINARY/ENUM/SET (type STRING): the real type and a length. */
  static byte[] stringMetadata(int realType, int length) {
    return new byte[] {(byte) (realType ^ ((length & 0x300) >> 4)), (byte) length};
  }

  /** How many bytes an ENUM of {@code symbols} values takes. */
  static int enumPackLength(int symbols) {
    return symbols < 256 ? 1 : 2;
  }

  /** How many bytes a SET of {@code symbols} members takes. */
  static int setPackLength(int symbols) {
    int bytes = (symbols + 7) / 8;
    return bytes > 4 ? 8 : bytes;
  }
}
