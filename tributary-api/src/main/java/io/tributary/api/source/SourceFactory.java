package io.tributary.api.source;

import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import java.util.List;

/**
 * Makes {@link Source}s of one type. Found by {@link java.util.ServiceLoader}; the pipeline file's
 * {@code source.type} selects it by {@link #identifier()} or one of its {@link #aliases()}.
 */
public interface SourceFactory {

  /** The type name, e.g. {@code mysql}. */
  String identifier();

  /** Other accepted type names, e.g. {@code mariadb}. */
  default List<String> aliases() {
    return List.of();
  }

  /** Every option this source reads, besides {@code type}. */
  List<Option<?>> options();

  /** A new, unconnected source. Bad options are reported as {@link io.tributary.api.ConfigException}. */
  Source create(Config config, String pipelineName);

  /**
   * A position from which the source copies every table again and then streams its log from where
   * {@code oldest} streams from; null when the source cannot (the runtime then starts afresh as the
   * startup mode says). The runtime uses it when some lanes committed positions and others never
   * did: a new copy alone would start the stream at the new copy's log position, and rows deleted
   * between {@code oldest} and then would stay in the targets of the lanes that had committed.
   *
   * @param oldest the oldest position any lane committed
   */
  default SourcePosition fullCopyStreamingFrom(SourcePosition oldest) {
    return null;
  }

  /** Turns {@link SourcePosition#encode()} back into a position of this source type. */
  SourcePosition decodePosition(String encoded);
}
