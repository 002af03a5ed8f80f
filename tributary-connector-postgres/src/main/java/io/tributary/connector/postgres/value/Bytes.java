package io.tributary.connector.postgres.value;

/** Big-endian reads from a byte array (PostgreSQL's network order). */
final class Bytes {
  private Bytes() {}

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  static int i32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }

  static long i64(byte[] b, int at) {
    return (long) i32(b, at) << 32 | (i32(b, at + 4) & 0xFFFFFFFFL);
  }
}
