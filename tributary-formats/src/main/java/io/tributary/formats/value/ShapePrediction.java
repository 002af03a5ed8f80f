package io.tributary.formats.value;


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
   */
  public <M, R> R scanned(Reading<M, R> reading) {
    Columns predicted = next();
    if (predicted != null) {
      M read = null;
      try {
        read = reading.scan(predicted);
      } catch (RuntimeException e) {
        // declined, or a value does not fit its column: read raw below
      }
      try {
        if (read != null) {
          return reading.decode(read);
        }
      } catch (JsonScanner.Declined e) {
        wrong();
      } catch (RuntimeException e) {
        // read raw below, which reports the same or tells that only the reference path can
      }
    }
    try {
      return reading.decode(reading.scan(null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A format's fast reading of the message at hand (one object per decoder, pointed at each
   * message in turn, so nothing is allocated per message).
   *
   * @param <M> the format's message as its scanner reads it
   * @param <R> the decoded changes
   */
  public interface Reading<M, R> {
    /**
     * The message, its rows read straight into the types of {@code shape}; raw rows for null.
     *
     * @throws RuntimeException when the scanner declines or a value does not fit its column
     */
    M scan(Columns shape);

    /**
     * The message's changes.
     *
     * @throws JsonScanner.Declined when its rows were read for another shape than its table's
     */
    R decode(M message);
  }

  /** A row of {@code columns} was decoded. */
  public void saw(Columns columns) {
    last = columns.scannable() ? columns : null;
  }
}
