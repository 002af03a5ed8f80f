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

  /** Turns {@link SourcePosition#encode()} back into a position of this source type. */
  SourcePosition decodePosition(String encoded);
}
