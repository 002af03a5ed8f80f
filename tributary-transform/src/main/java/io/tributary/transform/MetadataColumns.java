package io.tributary.transform;

import io.tributary.api.event.Operation;
import io.tributary.api.schema.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The metadata columns a rule may use besides the table's own: {@code __op__} (STRING, Flink CDC's
 * row kinds: {@code +I} for an insert or a snapshot read, {@code +U} for an update, {@code -D} for a
 * delete), {@code __database__} and {@code __schema__} (both the table's namespace: the MySQL
 * database or the PostgreSQL schema), {@code __table__}, {@code __commit_ts__} (TIMESTAMP_TZ(3),
 * when the source committed the change) and {@code __position__} (STRING, the source position;
 * may be NULL). A table column of the same name takes precedence.
 */
final class MetadataColumns {
  static final List<String> NAMES =
      List.of("__op__", "__database__", "__schema__", "__table__", "__commit_ts__", "__position__");

  private MetadataColumns() {}

  /** The metadata column called {@code name}, or null when there is none. */
  static Typed lookup(Identifier name) {
    String key = name.quoted() ? name.name() : name.name().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "__op__" -> new Typed(DataType.string(2), (row, c) -> rowKind(c.op()), false, false);
      case "__database__", "__schema__" ->
          new Typed(Types.STRING, (row, c) -> c.table().namespace(), false, false);
      case "__table__" -> new Typed(Types.STRING, (row, c) -> c.table().name(), false, false);
      case "__commit_ts__" -> new Typed(
          DataType.timestampTz(3), (row, c) -> Instant.ofEpochMilli(c.commitMillis()), false, false);
      case "__position__" -> Typed.of(Types.STRING, (row, c) -> c.position() == null ? null : c.position().encode());
      default -> null;
    };
  }

  static String rowKind(Operation op) {
    return switch (op) {
      case SNAPSHOT_READ, INSERT -> "+I";
      case UPDATE -> "+U";
      case DELETE -> "-D";
    };
  }
}
