package io.tributary.formats.value;

import java.util.function.Function;

/**
 * Which table shape a decoder expects the next message's rows to have, so its scanner can read
 * them {@linkplain JsonScanner#typedRow straight into their types}: the shape of the last row it
 * decoded (a stream mostly carries one table for a while). After a wrong guess it stops guessing
 * for {@value #COOLDOWN} messages, so a stream that mixes tables message by message pays for a
 * second scan only now and then. One per decoder; not thread-safe.
 */
public final class ShapePrediction {
  private static final int COOLDOWN = 64;

  private Columns last;
  private int cooldown;

  /** The shape to read the next message's rows for; null for raw rows. */
  Columns next() {
    if (cooldown > 0) {
      cooldown--;
      return null;
    }
    return last;
  }

  /** The last message's rows were of another shape than predicted. */
  void wrong() {
    cooldown = COOLDOWN;
  }

  /**
   * A message read by a format's fast scanner: first with its rows read for the predicted shape,
   * and once more raw when there is none, the scan fails (a value that does not fit the predicted
   * column may fit the real one) or the rows were of another shape; null when the raw reading
   * fails too, and the message is then read by the reference path, which reports any error.
   *
   * @param scan the scanner, reading rows for a shape (raw for null); may throw
   * @param decode the message's changes; throws {@link JsonScanner.Declined} when the rows were
   *     read for another shape than the message's
   */
  public <M, R> R scanned(Function<Columns, M> scan, Function<M, R> decode) {
    Columns predicted = next();
    if (predicted != null) {
      M read = null;
      try {
        read = scan.apply(predicted);
      } catch (RuntimeException e) {
        // declined, or a value does not fit its column: read raw below
      }
      try {
        if (read != null) {
          return decode.apply(read);
        }
      } catch (JsonScanner.Declined e) {
        wrong();
      } catch (RuntimeException e) {
        // read raw below, which reports the same or tells that only the reference path can
      }
    }
    try {
      return decode.apply(scan.apply(null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A row of {@code columns} was decoded. */
  public void saw(Columns columns) {
    last = columns.scannable() ? columns : null;
  }
}
