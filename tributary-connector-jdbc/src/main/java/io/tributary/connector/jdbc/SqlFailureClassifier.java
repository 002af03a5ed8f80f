package io.tributary.connector.jdbc;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells connection faults from refused data from everything else, by exception type, SQL state
 * and vendor error code. The generic rules (SQL state classes 08, 22 and 23, socket causes) hold
 * for every database; each dialect adds the states and codes of its own.
 */
public final class SqlFailureClassifier {
  private final Set<String> transientStates;
  private final Set<Integer> transientCodes;
  private final Set<String> dataStates;
  private final Set<Integer> dataCodes;

  /**
   * @param transientStates SQL states (or 2-character classes) that mean "retry on a new
   *     connection"
   * @param transientCodes vendor error codes that mean the same
   * @param dataStates SQL states besides classes 22 and 23 that mean a refused value or row
   * @param dataCodes vendor error codes that mean a refused value or row
   */
  public SqlFailureClassifier(
      Set<String> transientStates,
      Set<Integer> transientCodes,
      Set<String> dataStates,
      Set<Integer> dataCodes) {
    this.transientStates = Set.copyOf(transientStates);
    this.transientCodes = Set.copyOf(transientCodes);
    this.dataStates = Set.copyOf(dataStates);
    this.dataCodes = Set.copyOf(dataCodes);
  }

  /** What the failure means; never null. */
  public SqlFailure classify(SQLException failure) {
    if (isTransient(failure)) {
      return SqlFailure.TRANSIENT;
    }
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      if (isData(e)) {
        return SqlFailure.DATA;
      }
    }
    return SqlFailure.FATAL;
  }

  private boolean isTransient(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (isConnectionFault(t)) {
          return true;
        }
        if (t instanceof SQLException s && (matchesState(s.getSQLState(), transientStates)
            || transientCodes.contains(s.getErrorCode()))) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isConnectionFault(Throwable t) {
    if (t instanceof SQLRecoverableException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SocketException
        || t instanceof SocketTimeoutException
        || t instanceof EOFException) {
      return true;
    }
    if (t instanceof SQLException s && s.getSQLState() != null
        && s.getSQLState().startsWith("08")) {
      return true;
    }
    String message = t.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("connection refused");
  }

  private boolean isData(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLDataException
        || e instanceof SQLIntegrityConstraintViolationException
        || (state != null && (state.startsWith("22") || state.startsWith("23")))
        || matchesState(state, dataStates)
        || dataCodes.contains(e.getErrorCode());
  }

  private static boolean matchesState(String state, Set<String> states) {
    return state != null
        && (states.contains(state)
            || (state.length() >= 2 && states.contains(state.substring(0, 2))));
  }
}
