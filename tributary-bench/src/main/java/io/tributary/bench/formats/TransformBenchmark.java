package io.tributary.bench.formats;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.Operation;
import io.tributary.transform.CompiledTransform;
import io.tributary.transform.RowContext;
import io.tributary.transform.TransformRule;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A typical transform rule on the narrow rows, rows/s on one thread: the filter {@value #FILTER}
 * and a five-column projection {@value #PROJECTION}, compiled once by {@code tributary-transform}.
 * The peer is the same logic written by hand in Java — what a compiler could at best produce — so
 * the ratio shows the engine's overhead. Each call filters one row and projects it when it passes
 * (about half do); the result is returned so nothing is optimized away.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransformBenchmark {
  public static final String FILTER = "k > 500 AND v LIKE 'updated-%'";
  public static final String PROJECTION = "id, k * 2 AS k2, UPPER(v) AS v, ts + 1 AS ts, __op__ AS op";
  private static final int ROWS = 64;

  private CompiledTransform transform;
  private Object[][] rows;
  private RowContext context;
  private int next;

  /** Compiles the rule and builds the rows. */
  @Setup
  public void compile() {
    ChangeEvent[] events = new NarrowRows(io.tributary.formats.Format.CANAL_JSON, false, Operation.UPDATE).events(ROWS);
    rows = new Object[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      rows[i] = events[i].after().clone();
      rows[i][1] = (i * 37) % 1000; // k spread over 0..999, so the first condition passes about half the time
    }
    transform = TransformRule.parse("bench", PROJECTION, FILTER).compile(NarrowRows.CHANGES);
    context = new RowContext(Operation.UPDATE, NarrowRows.CHANGES.id(), 1_732_000_000_000L, null);
  }

  @Benchmark
  public Object[] tributary() {
    Object[] row = rows[next++ & (ROWS - 1)];
    return transform.test(row, context) ? transform.project(row, context) : null;
  }

  @Benchmark
  public Object[] handwritten() {
    Object[] row = rows[next++ & (ROWS - 1)];
    Integer k = (Integer) row[1];
    String v = (String) row[2];
    if (k == null || v == null || k <= 500 || !v.startsWith("updated-")) {
      return null;
    }
    Long ts = (Long) row[3];
    return new Object[] {row[0], Math.multiplyExact(k, 2), v.toUpperCase(Locale.ROOT), ts == null ? null : ts + 1, "+U"};
  }
}
