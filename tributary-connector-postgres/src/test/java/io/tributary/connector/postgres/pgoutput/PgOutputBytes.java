package io.tributary.connector.postgres.pgoutput;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Builds pgoutput protocol-1 messages byte by byte, as the server sends them, for tests. */
public final class PgOutputBytes {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  private PgOutputBytes(char tag) {
    u8(tag);
  }

  public static PgOutputBytes message(char tag) {
    return new PgOutputBytes(tag);
  }

  public static ByteBuffer begin(long finalLsn, long commitMicros, int xid) {
    return message('B').i64(finalLsn).i64(commitMicros).i32(xid).buffer();
  }

  public static ByteBuffer commit(long commitLsn, long endLsn, long commitMicros) {
    return message('C').u8(0).i64(commitLsn).i64(endLsn).i64(commitMicros).buffer();
  }

  /** A Relation message; columns as {name, typeOid, typmod, key(0/1)} quadruples. */
  public static ByteBuffer relation(int id, String schema, String table, char identity, Object... columns) {
    PgOutputBytes m = message('R').i32(id).string(schema).string(table).u8(identity).i16(columns.length / 4);
    for (int i = 0; i < columns.length; i += 4) {
      m.u8((Integer) columns[i + 3]).string((String) columns[i]).i32((Integer) columns[i + 1]).i32((Integer) columns[i + 2]);
    }
    return m.buffer();
  }

  /** Tuple data: each value is null (NULL), "~u" (unchanged TOAST), a String (text) or byte[] (binary). */
  public PgOutputBytes tuple(Object... values) {
    i16(values.length);
    for (Object v : values) {
      if (v == null) {
        u8('n');
      } else if ("~u".equals(v)) {
        u8('u');
      } else if (v instanceof byte[] b) {
        u8('b').i32(b.length).raw(b);
      } else {
        byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
        u8('t').i32(b.length).raw(b);
      }
    }
    return this;
  }

  public PgOutputBytes u8(int v) {
    return write(() -> out.writeByte(v));
  }

  public PgOutputBytes i16(int v) {
    return write(() -> out.writeShort(v));
  }

  public PgOutputBytes i32(int v) {
    return write(() -> out.writeInt(v));
  }

  public PgOutputBytes i64(long v) {
    return write(() -> out.writeLong(v));
  }

  public PgOutputBytes string(String s) {
    return raw(s.getBytes(StandardCharsets.UTF_8)).u8(0);
  }

  public PgOutputBytes raw(byte[] b) {
    return write(() -> out.write(b));
  }

  /** The message, inside a larger array at an offset (as a slice of a replication buffer is). */
  public ByteBuffer buffer() {
    byte[] body = bytes.toByteArray();
    byte[] framed = new byte[body.length + 25];
    System.arraycopy(body, 0, framed, 25, body.length);
    return ByteBuffer.wrap(framed, 25, body.length).slice();
  }

  private interface Write {
    void run() throws IOException;
  }

  private PgOutputBytes write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
