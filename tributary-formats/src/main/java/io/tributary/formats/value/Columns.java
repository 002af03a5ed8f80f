package io.tributary.formats.value;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a decoder reads one message's rows against: names, key, and — when the types are
 * known — the table shape and one {@link ValueCodec} per column. Immutable.
 */
public final class Columns {
  /** The table shape, or null when the rows are untyped. */
  public final TableSchema schema;
  /** Column names, the order of row arrays. */
  public final List<String> names;
  /** Key column names in key order; empty when unknown. */
  public final List<String> primaryKey;
  /** One codec per column, or null when untyped. */
  private final ValueCodec[] codecs;
  private final boolean[] key;
  private final Map<String, Integer> index;
  /** Each name in JSON quotes as UTF-8, for names that need no escaping; null when any name does. */
  private final byte[][] quoted;
  private final DataType.Kind[] kinds;

  private Columns(TableSchema schema, List<String> names, List<String> primaryKey, ValueCodec[] codecs) {
    this.schema = schema;
    this.names = List.copyOf(names);
    this.primaryKey = List.copyOf(primaryKey);
    this.codecs = codecs;
    this.index = new HashMap<>(names.size() * 2);
    this.key = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    for (String column : primaryKey) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("key column " + column + " is not among the columns " + names);
      }
      key[i] = true;
    }
    this.quoted = codecs == null ? null : quotedNames(this.names);
    this.kinds = new DataType.Kind[names.size()];
    for (int i = 0; codecs != null && i < kinds.length; i++) {
      kinds[i] = codecs[i].type().kind();
    }
  }

  private static byte[][] quotedNames(List<String> names) {
    byte[][] quoted = new byte[names.size()][];
    for (int i = 0; i < quoted.length; i++) {
      String name = names.get(i);
      for (int j = 0; j < name.length(); j++) {
        char c = name.charAt(j);
        if (c < 0x20 || c == '"' || c == '\\') {
          return null;
        }
      }
      quoted[i] = ('"' + name + '"').getBytes(StandardCharsets.UTF_8);
    }
    return quoted;
  }

  /** The typed columns of known shapes, built once per shape instance (at most 1024 kept). */
  public static final class KnownShapes {
    private final IdentityHashMap<TableSchema, Columns> built = new IdentityHashMap<>();

    /** Columns of {@code schema}. */
    public Columns of(TableSchema schema) {
      Columns columns = built.get(schema);
      if (columns == null) {
        if (built.size() >= 1024) {
          built.clear();
        }
        columns = Columns.of(schema);
        built.put(schema, columns);
      }
      return columns;
    }
  }

  /** Typed columns of a shape, read with Tributary's own encoding. */
  public static Columns of(TableSchema schema) {
    ValueCodec[] codecs = new ValueCodec[schema.columns().size()];
    for (int i = 0; i < codecs.length; i++) {
      codecs[i] = ValueCodec.plain(schema.columns().get(i).type());
    }
    return of(schema, codecs);
  }

  /** Typed columns of a shape with a codec per column. */
  public static Columns of(TableSchema schema, ValueCodec[] codecs) {
    List<String> names = new ArrayList<>(schema.columns().size());
    for (Column column : schema.columns()) {
      names.add(column.name());
    }
    return new Columns(schema, names, schema.primaryKey(), codecs.clone());
  }

  /**
   * Untyped columns.
   *
   * @throws IllegalArgumentException when a key column is not among {@code names}
   */
  public static Columns untyped(List<String> names, List<String> primaryKey) {
    return new Columns(null, names, primaryKey, null);
  }

  /** Index of the named column, or -1. */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Index of the named column, or -1, checking position {@code likely} first: rows mostly list
   * their columns in table order, so the name found at position j of a row is mostly column j.
   */
  public int indexOf(String name, int likely) {
    return likely < names.size() && names.get(likely).equals(name) ? likely : indexOf(name);
  }

  /** Whether values are typed. */
  public boolean typed() {
    return codecs != null;
  }

  /** The codec of column {@code i}; only when {@link #typed()}. */
  public ValueCodec codec(int i) {
    return codecs[i];
  }

  /**
   * Whether rows can be {@linkplain JsonScanner#typedRow scanned straight into} these columns:
   * typed, and no name needs escaping in JSON.
   */
  public boolean scannable() {
    return quoted != null;
  }

  /** Column {@code i}'s name in JSON quotes, as UTF-8; only when {@link #scannable()}. */
  byte[] quotedName(int i) {
    return quoted[i];
  }

  /** The kind of column {@code i}; only when {@link #typed()}. */
  DataType.Kind kind(int i) {
    return kinds[i];
  }

  /** Whether column {@code i} is part of the key. */
  public boolean isKey(int i) {
    return key[i];
  }

  /** Number of columns. */
  public int size() {
    return names.size();
  }
}
