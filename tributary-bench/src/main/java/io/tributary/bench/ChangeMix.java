package io.tributary.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's change stream, the same for every source: transactions of 1 to 100 rows, each
 * an INSERT, UPDATE or DELETE of a contiguous id range, drawn 60% updates, 20% inserts and 20%
 * deletes, from a fixed seed so every run and every source gets the same plan.
 *
 * <p>The table starts with ids {@code 1..prefilled}; inserts append new ids, deletes take the
 * oldest live ids, updates touch a random live range, so every statement changes exactly the rows
 * it names and the table's size stays about the same.
 */
final class ChangeMix {
  /** What a transaction does. */
  enum Kind { INSERT, UPDATE, DELETE }

  /** One transaction: {@code rows} rows from id {@code fromId} on. */
  record Transaction(Kind kind, long fromId, int rows) {
    long toId() {
      return fromId + rows - 1;
    }
  }

  private static final long SEED = 20_261_121L;
  private static final int MAX_ROWS = 100;

  private final List<Transaction> transactions;
  private final long prefilled;

  private ChangeMix(List<Transaction> transactions, long prefilled) {
    this.transactions = transactions;
    this.prefilled = prefilled;
  }

  /** The plan for {@code changes} row changes over a table prefilled with half as many rows (at least 1,000). */
  static ChangeMix plan(long changes) {
    long prefilled = Math.max(1_000, changes / 2);
    SplittableRandom random = new SplittableRandom(SEED);
    List<Transaction> out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, changes / 40 + 16));
    long oldest = 1;
    long next = prefilled + 1;
    long left = changes;
    while (left > 0) {
      int rows = (int) Math.min(left, 1 + random.nextInt(MAX_ROWS));
      double draw = random.nextDouble();
      Kind kind = draw < 0.6 ? Kind.UPDATE : draw < 0.8 ? Kind.INSERT : Kind.DELETE;
      long live = next - oldest;
      if (kind != Kind.INSERT && live < rows) {
        kind = Kind.INSERT;
      }
      Transaction t = switch (kind) {
        case INSERT -> new Transaction(kind, next, rows);
        case DELETE -> new Transaction(kind, oldest, rows);
        case UPDATE -> new Transaction(kind, oldest + random.nextLong(live - rows + 1), rows);
      };
      if (kind == Kind.INSERT) {
        next += rows;
      } else if (kind == Kind.DELETE) {
        oldest += rows;
      }
      out.add(t);
      left -= rows;
    }
    return new ChangeMix(List.copyOf(out), prefilled);
  }

  /** The rows the table holds before the changes: ids {@code 1..prefilled()}. */
  long prefilled() {
    return prefilled;
  }

  List<Transaction> transactions() {
    return transactions;
  }

  /** Row changes of the given kind, for the report. */
  long rows(Kind kind) {
    return transactions.stream().filter(t -> t.kind() == kind).mapToLong(Transaction::rows).sum();
  }

  /** Every row change. */
  long rows() {
    return transactions.stream().mapToLong(Transaction::rows).sum();
  }
}
