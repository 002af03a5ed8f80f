package io.tributary.api.event;

/**
 * Where a source is: a point in its log (or in its initial copy) that it can resume from.
 *
 * <p>Positions of one source are totally ordered; the runtime compares them only with positions of
 * the same source. Resuming from position {@code p} means: everything at or before {@code p} is
 * done, deliver what comes after. Every position of the initial copy ({@link #isSnapshot()}) orders
 * before every position of the log stream that follows it.
 *
 * <p>Implementations are immutable and thread-safe. {@link #encode()} is stored by sinks next to
 * their data and by the state directory; the source's factory turns it back with {@code
 * decodePosition}.
 */
public interface SourcePosition extends Comparable<SourcePosition> {

  /** A stable, single-line text form of this position. */
  String encode();

  /** True for positions inside the initial copy of the tables. */
  boolean isSnapshot();
}
