package io.tributary.api.event;

/** What happened to a row. */
public enum Operation {
  /** A row read by the initial copy; {@code after} holds it, {@code before} is null. */
  SNAPSHOT_READ,
  /** {@code after} holds the new row, {@code before} is null. */
  INSERT,
  /** {@code before} holds the old row (or at least its key), {@code after} the new one. */
  UPDATE,
  /** {@code before} holds the deleted row (or at least its key), {@code after} is null. */
  DELETE
}
