package io.tributary.runtime;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.source.SourceFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where to resume, worked out from what each lane of each sink committed.
 *
 * <p>The source resumes from the oldest committed position of all lanes (from the start when any
 * lane of any sink never committed), and each lane is not sent again what it committed. Lanes skip
 * only by log-stream positions: re-writing rows of the initial copy is harmless, since the log
 * from before the copy follows and brings every row to its latest state. When the number of lanes
 * changed since the positions were written, every lane of that sink skips only up to the sink's
 * oldest position, since keys now hash to other lanes.
 *
 * <p>When some lane never committed but others did, the source copies every table again and then
 * streams from the oldest committed position's stream start ({@link
 * SourceFactory#fullCopyStreamingFrom}): lanes that never committed get everything, lanes inside
 * the old copy get the new copy's rows and the log that deletes what disappeared meanwhile, lanes
 * in the log skip up to their position. A source that cannot do that starts afresh ({@code from}
 * null): a <em>new</em> snapshot, streaming from its own log position; a lane that had already
 * committed a log position must then take the new snapshot's rows, although they order before its
 * position, since the changes between its position and the new snapshot reach it only through
 * them ({@link #alreadySent}).
 *
 * @param from the position to resume from, or null to start as the startup mode says
 * @param skip per sink and lane, the position up to which events are not sent, or null
 */
record ResumePlan(SourcePosition from, SourcePosition[][] skip) {

  static ResumePlan of(SourceFactory factory, List<Map<Integer, String>> committed, int[] lanesPerSink) {
    SourcePosition[][] skip = new SourcePosition[committed.size()][];
    SourcePosition from = null;
    SourcePosition oldestOfAll = null;
    boolean fromStart = false;
    for (int s = 0; s < committed.size(); s++) {
      Map<Integer, String> c = committed.get(s);
      int lanes = lanesPerSink[s];
      skip[s] = new SourcePosition[lanes];
      SourcePosition oldest = null;
      for (String text : c.values()) {
        SourcePosition p = factory.decodePosition(text);
        oldest = oldest == null || p.compareTo(oldest) < 0 ? p : oldest;
      }
      if (oldest != null && (oldestOfAll == null || oldest.compareTo(oldestOfAll) < 0)) {
        oldestOfAll = oldest;
      }
      boolean remapped = c.keySet().stream().anyMatch(l -> l >= lanes);
      boolean complete = !remapped && c.size() == lanes;
      for (int l = 0; l < lanes; l++) {
        SourcePosition p = remapped ? oldest : c.containsKey(l) ? factory.decodePosition(c.get(l)) : null;
        skip[s][l] = p != null && !p.isSnapshot() ? p : null;
      }
      if (!complete && !remapped) {
        fromStart = true;
      } else if (from == null || oldest.compareTo(from) < 0) {
        from = oldest;
      }
    }
    if (fromStart && oldestOfAll != null) {
      SourcePosition copyAgain = factory.fullCopyStreamingFrom(oldestOfAll);
      if (copyAgain != null) {
        return new ResumePlan(copyAgain, skip);
      }
    }
    return new ResumePlan(fromStart ? null : from, skip);
  }

  /**
   * Whether an event at {@code event} was committed already by a lane whose skip position is
   * {@code skip} (not null), so it must not be sent again.
   */
  boolean alreadySent(SourcePosition event, SourcePosition skip) {
    if (event.isSnapshot() && from == null) {
      return false; // a new snapshot: its rows are newer than any position committed before
    }
    return event.compareTo(skip) <= 0;
  }

  @Override
  public String toString() {
    return "resume from " + (from == null ? "the start" : from.encode()) + ", skip " + Arrays.deepToString(skip);
  }
}
