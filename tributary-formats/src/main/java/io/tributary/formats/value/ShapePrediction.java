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
   * @param scanner the format's scanner
   * @param values the format's conversion of one value, for rows read for a shape
   * @param decode the message's changes; throws {@link JsonScanner.Declined} when the rows were
   *     read for another shape than the message's
   */
  public <M, R> R scanned(byte[] bytes, int offset, int length, Scanner<M> scanner, TypedValues values,
      Function<M, R> decode) {
    Columns predicted = next();
    if (predicted != null) {
      M read = null;
      try {
        read = scanner.read(bytes, offset, length, predicted, values);
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
      return decode.apply(scanner.read(bytes, offset, length, null, null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A format's fast scanner.
   *
   * @param <M> the format's message as the scanner reads it
   */
  @FunctionalInterface
  public interface Scanner<M> {
    /**
     * The message in {@code length} bytes from {@code offset}, its rows read {@linkplain
     * JsonScanner#typedRow straight into the types} of {@code shape} (converted with {@code
     * values}) where they fit it; raw rows for a null shape.
     *
     * @throws RuntimeException when the scanner declines or a value does not fit its column
     */
    M read(byte[] bytes, int offset, int length, Columns shape, TypedValues values);
  }

  /** A row of {@code columns} was decoded. */
  public void saw(Columns columns) {
    last = columns.scannable() ? columns : null;
  }
}
