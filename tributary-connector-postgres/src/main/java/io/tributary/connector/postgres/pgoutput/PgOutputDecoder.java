package io.tributary.connector.postgres.pgoutput;

import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Begin;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Commit;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Delete;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Insert;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Other;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Relation;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.RelationColumn;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Truncate;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Update;
import io.tributary.connector.postgres.position.Lsn;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes pgoutput messages (protocol version 1) from the bytes of one XLogData payload. Column
 * values are not converted here: rows come out as {@link TupleData} slices of the message.
 */
public final class PgOutputDecoder {
  private static final int TRUNCATE_CASCADE = 1;
  private static final int TRUNCATE_RESTART_IDENTITY = 2;

  private PgOutputDecoder() {}

  /**
   * Decodes one message.
   *
   * @throws IllegalArgumentException when the bytes are not a well-formed message
   */
  public static PgOutputMessage decode(ByteBuffer buffer) {
    ByteBuffer in = buffer.hasArray() ? buffer.slice() : copy(buffer);
    try {
      char tag = (char) in.get();
      return switch (tag) {
        case 'B' -> new Begin(new Lsn(in.getLong()), in.getLong(), in.getInt());
        case 'C' -> commit(in);
        case 'R' -> relation(in);
        case 'I' -> insert(in);
        case 'U' -> update(in);
        case 'D' -> delete(in);
        case 'T' -> truncate(in);
        default -> new Other(tag);
      };
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("pgoutput message ends early (" + buffer.remaining() + " bytes)", e);
    }
  }

  private static ByteBuffer copy(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return ByteBuffer.wrap(bytes);
  }

  private static Insert insert(ByteBuffer in) {
    int id = in.getInt();
    expect(in, 'N');
    return new Insert(id, tuple(in));
  }

  private static Commit commit(ByteBuffer in) {
    in.get(); // flags, unused
    return new Commit(new Lsn(in.getLong()), new Lsn(in.getLong()), in.getLong());
  }

  private static Relation relation(ByteBuffer in) {
    int id = in.getInt();
    String namespace = string(in);
    String name = string(in);
    char identity = (char) in.get();
    int count = in.getShort();
    List<RelationColumn> columns = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean key = (in.get() & 1) != 0;
      columns.add(new RelationColumn(key, string(in), in.getInt(), in.getInt()));
    }
    return new Relation(id, namespace.isEmpty() ? "pg_catalog" : namespace, name, identity, columns);
  }

  private static Update update(ByteBuffer in) {
    int id = in.getInt();
    char next = (char) in.get();
    TupleData old = null;
    boolean full = false;
    if (next == 'K' || next == 'O') {
      full = next == 'O';
      old = tuple(in);
      next = (char) in.get();
    }
    if (next != 'N') {
      throw new IllegalArgumentException("update message of relation " + id + " has '" + next + "' where 'N' belongs");
    }
    return new Update(id, old, full, tuple(in));
  }

  private static Delete delete(ByteBuffer in) {
    int id = in.getInt();
    char kind = (char) in.get();
    if (kind != 'K' && kind != 'O') {
      throw new IllegalArgumentException("delete message of relation " + id + " has '" + kind + "' where 'K' or 'O' belongs");
    }
    return new Delete(id, tuple(in), kind == 'O');
  }

  private static Truncate truncate(ByteBuffer in) {
    int count = in.getInt();
    int options = in.get();
    List<Integer> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(in.getInt());
    }
    return new Truncate(ids, (options & TRUNCATE_CASCADE) != 0, (options & TRUNCATE_RESTART_IDENTITY) != 0);
  }

  private static void expect(ByteBuffer in, char tag) {
    char got = (char) in.get();
    if (got != tag) {
      throw new IllegalArgumentException("expected '" + tag + "' in pgoutput message, got '" + got + "'");
    }
  }

  private static TupleData tuple(ByteBuffer in) {
    int count = in.getShort();
    byte[] kinds = new byte[count];
    int[] offsets = new int[count];
    int[] lengths = new int[count];
    byte[] array = in.array();
    int base = in.arrayOffset();
    for (int i = 0; i < count; i++) {
      byte kind = in.get();
      kinds[i] = kind;
      if (kind == TupleData.TEXT || kind == TupleData.BINARY) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
          throw new IllegalArgumentException(
              "pgoutput message ends early: column " + i + " claims " + length + " bytes, " + in.remaining() + " left");
        }
        offsets[i] = base + in.position();
        lengths[i] = length;
        in.position(in.position() + length);
      } else if (kind != TupleData.NULL && kind != TupleData.UNCHANGED_TOAST) {
        throw new IllegalArgumentException("unknown column kind '" + (char) kind + "' in pgoutput tuple");
      }
    }
    return new TupleData(array, kinds, offsets, lengths);
  }

  private static String string(ByteBuffer in) {
    int start = in.position();
    int end = start;
    while (in.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - start];
    in.get(bytes);
    in.get();
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
