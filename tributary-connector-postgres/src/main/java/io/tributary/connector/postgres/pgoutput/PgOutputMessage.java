package io.tributary.connector.postgres.pgoutput;

import io.tributary.connector.postgres.position.Lsn;
import java.util.List;

/** One message of the pgoutput logical replication protocol, version 1. */
public sealed interface PgOutputMessage {

  /**
   * A transaction starts.
   *
   * @param finalLsn the LSN of its commit record
   * @param commitMicros commit time, microseconds since 2000-01-01 UTC
   * @param xid the transaction id
   */
  record Begin(Lsn finalLsn, long commitMicros, int xid) implements PgOutputMessage {
    /** The commit time as epoch milliseconds. */
    public long commitEpochMillis() {
      return Math.floorDiv(commitMicros, 1000L) + 946_684_800_000L;
    }
  }

  /**
   * The transaction committed.
   *
   * @param commitLsn the LSN of its commit record
   * @param endLsn the LSN just after the commit record: what the slot may confirm
   * @param commitMicros commit time, microseconds since 2000-01-01 UTC
   */
  record Commit(Lsn commitLsn, Lsn endLsn, long commitMicros) implements PgOutputMessage {}

  /**
   * The shape of a table, sent before its first change on a connection and after it changes.
   *
   * @param relationId the table's OID
   * @param namespace its schema
   * @param name its name
   * @param replicaIdentity d, f, i or n
   * @param columns its columns, in order
   */
  record Relation(int relationId, String namespace, String name, char replicaIdentity, List<RelationColumn> columns)
      implements PgOutputMessage {
    public Relation {
      columns = List.copyOf(columns);
    }
  }

  /**
   * One column of a {@link Relation}.
   *
   * @param key whether it belongs to the replica identity
   * @param name its name
   * @param typeOid its declared type
   * @param typmod its type modifier
   */
  record RelationColumn(boolean key, String name, int typeOid, int typmod) {}

  /** A row was inserted. */
  record Insert(int relationId, TupleData newRow) implements PgOutputMessage {}

  /**
   * A row was updated.
   *
   * @param oldRow the old key ('K') or whole old row ('O', REPLICA IDENTITY FULL), or null when the
   *     key did not change (DEFAULT identity)
   * @param oldIsFullRow whether {@code oldRow} holds every column
   * @param newRow the new row; TOASTed values the update did not touch are {@link
   *     TupleData#UNCHANGED_TOAST}
   */
  record Update(int relationId, TupleData oldRow, boolean oldIsFullRow, TupleData newRow) implements PgOutputMessage {}

  /**
   * A row was deleted.
   *
   * @param oldRow the key ('K', other columns NULL) or whole row ('O')
   * @param oldIsFullRow whether {@code oldRow} holds every column
   */
  record Delete(int relationId, TupleData oldRow, boolean oldIsFullRow) implements PgOutputMessage {}

  /** Tables were truncated (in one statement). */
  record Truncate(List<Integer> relationIds, boolean cascade, boolean restartIdentity) implements PgOutputMessage {
    public Truncate {
      relationIds = List.copyOf(relationIds);
    }
  }

  /** A message the source does not act on (Origin, Type, logical decoding Message). */
  record Other(char tag) implements PgOutputMessage {}
}
