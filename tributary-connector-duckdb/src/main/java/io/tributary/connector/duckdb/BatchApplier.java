package io.tributary.connector.duckdb;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.RejectedRows;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * Applies the segments of one batch inside the writer's open transaction, isolating the rows
 * DuckDB refuses.
 *
 * <p>DuckDB aborts the whole transaction at the first refused row and has no savepoints. So when a
 * segment fails on data, the applier rolls back, replays the segments already accepted, and
 * retries the failing segment by halves until each refused row stands alone; those rows become
 * rejections and everything else is applied. A replay is an Appender merge, so even a batch with
 * a few refused rows costs only a few times a clean one.
 */
final class BatchApplier {
  private static final RejectedRows IGNORE = (table, delete, row, reason) -> {};

  /** A row the target refused, to report before the batch commits. */
  record Rejection(TableSchema table, boolean delete, Object[] row, String reason) {}

  /** DuckDB failed for another reason than the data; the transaction must be rolled back. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient TableId table;
    private final DuckDbErrorKind kind;

    Failure(TableId table, DuckDbErrorKind kind, SQLException cause) {
      super(DuckDbErrorKind.firstLine(cause), cause);
      this.table = table;
      this.kind = kind;
    }

    TableId table() {
      return table;
    }

    DuckDbErrorKind kind() {
      return kind;
    }
  }

  private final DuckDBConnection connection;

  BatchApplier(DuckDBConnection connection) {
    this.connection = connection;
  }

  /** Applies every segment; returns the refused rows. The transaction stays open. */
  List<Rejection> apply(List<BatchSegment> segments) throws Failure {
    List<Rejection> rejections = new ArrayList<>();
    List<BatchSegment> accepted = new ArrayList<>();
    Deque<BatchSegment> pending = new ArrayDeque<>(segments);
    while (!pending.isEmpty()) {
      BatchSegment segment = pending.pollFirst();
      List<Rejection> refused = new ArrayList<>();
      try {
        segment.apply(connection, (table, delete, row, reason) -> refused.add(new Rejection(table, delete, row, reason)));
        accepted.add(segment);
        rejections.addAll(refused);
      } catch (SQLException e) {
        DuckDbErrorKind kind = DuckDbErrorKind.of(e);
        if (kind != DuckDbErrorKind.DATA) {
          throw new Failure(segment.table().schema().id(), kind, e);
        }
        isolate(segment, e, pending, rejections);
        restart(accepted);
      }
    }
    return rejections;
  }

  /** A refused single row is rejected; a larger segment is retried by halves. */
  private static void isolate(BatchSegment segment, SQLException e, Deque<BatchSegment> pending, List<Rejection> rejections) {
    if (segment.rows().size() == 1) {
      String reason = "DuckDB refused the row: " + DuckDbErrorKind.firstLine(e);
      rejections.add(new Rejection(segment.table().schema(), segment.delete(), segment.rows().get(0), reason));
      return;
    }
    List<BatchSegment> halves = segment.halves();
    pending.addFirst(halves.get(1));
    pending.addFirst(halves.get(0));
  }

  /** Rolls the aborted transaction back and applies the accepted segments again. */
  private void restart(List<BatchSegment> accepted) throws Failure {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new Failure(accepted.isEmpty() ? DuckDbOffsets.TABLE : accepted.get(0).table().schema().id(), DuckDbErrorKind.OTHER, e);
    }
    for (BatchSegment segment : accepted) {
      try {
        segment.apply(connection, IGNORE);
      } catch (SQLException e) {
        // Accepted data failing on replay is not a row problem: never reject rows for it.
        DuckDbErrorKind kind = DuckDbErrorKind.of(e) == DuckDbErrorKind.WRITE_CONFLICT ? DuckDbErrorKind.WRITE_CONFLICT : DuckDbErrorKind.OTHER;
        throw new Failure(segment.table().schema().id(), kind, e);
      }
    }
  }
}
