package io.tributary.runtime.blackhole;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code blackhole} sink: accepts every batch and keeps nothing but each lane's position, in
 * memory. For measuring capture speed and for trying a source without a target.
 */
public final class BlackholeSinkFactory implements io.tributary.api.sink.SinkFactory {

  @Override
  public String identifier() {
    return "blackhole";
  }

  @Override
  public List<Option<?>> options() {
    return List.of();
  }

  @Override
  public Sink create(String name, Config config) {
    Map<Integer, String> positions = new ConcurrentHashMap<>();
    return new Sink() {
      @Override public void open(SinkContext context) {}

      @Override public Map<Integer, String> committedPositions() {
        return Map.copyOf(positions);
      }

      @Override public void ensureTable(TableSchema schema) {}

      @Override public void applySchemaChange(SchemaChange change) {}

      @Override public SinkWriter openWriter(int lane) {
        return new SinkWriter() {
          @Override public void write(SinkBatch batch) {
            positions.put(lane, batch.position().encode());
          }

          @Override public String committedPosition() {
            return positions.get(lane);
          }

          @Override public void close() {}
        };
      }

      @Override public void close() {}
    };
  }
}
