package io.tributary.transform;

import io.tributary.api.event.Operation;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.schema.TableId;
import java.util.Objects;

/**
 * The change a row belongs to, as the metadata columns of a transform rule see it: {@code __op__}
 * from {@code op}, {@code __database__}, {@code __schema__} and {@code __table__} from {@code
 * table}, {@code __commit_ts__} from {@code commitMillis} and {@code __position__} from {@code
 * position}.
 *
 * @param op what happened to the row
 * @param table the table the row belongs to
 * @param commitMillis when the source committed the change, milliseconds since the epoch
 * @param position the source position of the change (its text is built only when a rule reads
 *     {@code __position__}); may be null
 */
public record RowContext(Operation op, TableId table, long commitMillis, SourcePosition position) {
  public RowContext {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(table, "table");
  }
}
