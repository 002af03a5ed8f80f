package io.tributary.connector.mysql;

import io.tributary.api.ConfigException;
import io.tributary.api.event.SourcePosition;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableId;
import io.tributary.api.source.Source;
import io.tributary.api.source.SourceFactory;
import io.tributary.connector.mysql.position.BinlogPosition;
import io.tributary.connector.mysql.position.MySqlPosition;
import io.tributary.connector.mysql.position.SnapshotPosition;
import java.util.List;

/** Makes MySQL/MariaDB sources: type {@code mysql}, alias {@code mariadb}. */
public final class MySqlSourceFactory implements SourceFactory {

  @Override
  public String identifier() {
    return "mysql";
  }

  @Override
  public List<String> aliases() {
    return List.of("mariadb");
  }

  @Override
  public List<Option<?>> options() {
    return MySqlSourceOptions.all();
  }

  @Override
  public Source create(Config config, String pipelineName) {
    if (pipelineName == null || pipelineName.isBlank()) {
      throw new ConfigException(null, "the pipeline needs a name (it derives the default 'server-id')");
    }
    return new MySqlSource(MySqlSourceConfig.from(config, pipelineName), pipelineName);
  }

  /**
   * A copy position before every table ({@code TableId("", "")} orders first), so every table is
   * copied from its first chunk, streaming afterwards from {@code oldest}'s binlog start.
   */
  @Override
  public SourcePosition fullCopyStreamingFrom(SourcePosition oldest) {
    MySqlPosition position = (MySqlPosition) oldest;
    BinlogPosition start = position instanceof SnapshotPosition s ? s.binlogStart() : (BinlogPosition) position;
    return SnapshotPosition.firstChunk(start, new TableId("", ""));
  }

  @Override
  public SourcePosition decodePosition(String encoded) {
    return MySqlPosition.decode(encoded);
  }
}
