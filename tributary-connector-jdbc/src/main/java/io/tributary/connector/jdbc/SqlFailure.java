package io.tributary.connector.jdbc;

/** What a failed SQL statement means for the batch it belonged to. */
public enum SqlFailure {
  /**
   * The connection was lost, the server is restarting or shutting down, or a lock conflict
   * aborted the transaction: roll back and let the runtime retry the batch on a new connection.
   */
  TRANSIENT,
  /**
   * The target refused a value or a row (out of range, too long, constraint): write the batch
   * again row by row and report the refused rows.
   */
  DATA,
  /** Anything else (missing privilege, bad definition): stop with a message naming the table. */
  FATAL
}
