package io.tributary.bench;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.Sink;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkContext;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.util.List;
import java.util.Map;

/**
 * Wraps a real sink and, each time a batch has committed, records for every upserted row that has
 * a {@code ts} column (epoch microseconds written by the workload at source commit) how long ago
 * that was: the source-commit to target-commit latency.
 */
final class LatencyRecordingSinkFactory implements SinkFactory {
  private final SinkFactory delegate;
  private final Histogram histogram;

  LatencyRecordingSinkFactory(SinkFactory delegate, Histogram histogram) {
    this.delegate = delegate;
    this.histogram = histogram;
  }

  @Override
  public String identifier() {
    return delegate.identifier();
  }

  @Override
  public List<Option<?>> options() {
    return delegate.options();
  }

  @Override
  public Sink create(String name, Config config) {
    Sink sink = delegate.create(name, config);
    return new Sink() {
      @Override public void open(SinkContext context) {
        sink.open(context);
      }

      @Override public Map<Integer, String> committedPositions() {
        return sink.committedPositions();
      }

      @Override public void ensureTable(TableSchema schema) {
        sink.ensureTable(schema);
      }

      @Override public void applySchemaChange(SchemaChange change) {
        sink.applySchemaChange(change);
      }

      @Override public SinkWriter openWriter(int lane) {
        SinkWriter w = sink.openWriter(lane);
        return new SinkWriter() {
          @Override public void write(SinkBatch batch) {
            w.write(batch);
            long now = System.currentTimeMillis() * 1000;
            for (TableChanges tc : batch.tables()) {
              int ts = tc.schema().indexOf("ts");
              if (ts >= 0) {
                for (Object[] row : tc.upserts()) {
                  histogram.record(now - ((Number) row[ts]).longValue());
                }
              }
            }
          }

          @Override public String committedPosition() {
            return w.committedPosition();
          }

          @Override public void close() {
            w.close();
          }
        };
      }

      @Override public void close() {
        sink.close();
      }
    };
  }
}
