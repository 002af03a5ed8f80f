package io.tributary.connector.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.event.SchemaChange;
import io.tributary.api.event.SchemaChange.Kind;
import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import io.tributary.api.sink.SinkBatch;
import io.tributary.api.sink.SinkWriter;
import io.tributary.api.sink.TableChanges;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema changes reach the target table, and replaying them changes nothing more. */
class DuckDbSchemaChangeIT {
  private static final TableId PEOPLE = new TableId("crm", "people");
  private static final TableSchema V1 = new TableSchema(PEOPLE, List.of(
      new Column("id", DataType.int64(), false),
      new Column("name", DataType.string(50), false),
      new Column("note", DataType.string(-1), false),
      new Column("amount", DataType.int32(), true)), List.of("id"), 1);
  /** V1 with {@code note} dropped, {@code name} nullable, {@code amount} widened, {@code seen} added. */
  private static final TableSchema V2 = new TableSchema(PEOPLE, List.of(
      new Column("id", DataType.int64(), false),
      new Column("name", DataType.string(50), true),
      new Column("amount", DataType.int64(), true),
      new Column("seen", DataType.timestampTz(6), true)), List.of("id"), 2);

  @TempDir Path dir;

  private static SchemaChange change(Kind kind, TableSchema before, TableSchema after, long position) {
    return new SchemaChange(kind, PEOPLE, before, after, new TestPosition(position), null);
  }

  private static void write(SinkWriter writer, TableSchema schema, long position, Object[] row) {
    writer.write(new SinkBatch(0, List.of(new TableChanges(schema, List.<Object[]>of(row), List.of())), new TestPosition(position)));
  }

  private List<List<String>> columns(Path file) {
    return DuckDbTestDatabase.query(file,
        "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE schema_name = 'crm' AND table_name = 'people' ORDER BY column_index");
  }

  @Test
  void createAlterTruncateAndDropAreAppliedIdempotently() {
    Path file = dir.resolve("changes.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      sink.applySchemaChange(change(Kind.CREATE_TABLE, null, V1, 1));
      sink.applySchemaChange(change(Kind.CREATE_TABLE, null, V1, 1));
      write(writer, V1, 2, new Object[] {1L, "Ann", "first", 10});

      sink.applySchemaChange(change(Kind.ALTER_TABLE, V1, V2, 3));
      sink.applySchemaChange(change(Kind.ALTER_TABLE, V1, V2, 3));
      assertThat(columns(file)).containsExactly(
          List.of("id", "BIGINT", "false"), List.of("name", "VARCHAR", "true"), List.of("note", "VARCHAR", "true"),
          List.of("amount", "BIGINT", "true"), List.of("seen", "TIMESTAMP WITH TIME ZONE", "true"));
      write(writer, V2, 4, new Object[] {2L, null, 5_000_000_000L, Instant.parse("2025-01-01T00:00:00.000001Z")});
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name, note, amount, seen::VARCHAR FROM crm.people ORDER BY id")).containsExactly(
          java.util.Arrays.asList("1", "Ann", "first", "10", null),
          java.util.Arrays.asList("2", null, null, "5000000000", "2025-01-01 00:00:00.000001+00"));

      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, V2, V2, 5));
      assertThat(DuckDbTestDatabase.count(file, "crm.people")).isZero();
      write(writer, V2, 6, new Object[] {3L, "Cy", 1L, null});
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, V2, V2, 5));
      assertThat(DuckDbTestDatabase.count(file, "crm.people")).as("a replayed truncation keeps later rows").isEqualTo(1);

      sink.applySchemaChange(change(Kind.DROP_TABLE, V2, null, 7));
      assertThat(DuckDbTestDatabase.count(file, "crm.people")).isEqualTo(1);
      sink.applySchemaChange(change(Kind.TRUNCATE_TABLE, V2, V2, 8));
      assertThat(DuckDbTestDatabase.count(file, "crm.people")).isZero();
      assertThat(DuckDbTestDatabase.query(file, "SELECT target_schema, target_table, position FROM tributary.truncations ORDER BY position"))
          .containsExactly(List.of("crm", "people", "test:5"), List.of("crm", "people", "test:8"));
    }
  }

  @Test
  void ensureTableAddsMissingColumnsToAnExistingTableAndIsIdempotent() {
    Path file = dir.resolve("ensure.duckdb");
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true))) {
      sink.ensureTable(V1);
      sink.ensureTable(V2);
      sink.ensureTable(V2);
      sink.ensureTable(V1);
      assertThat(columns(file)).extracting(c -> c.get(0)).containsExactly("id", "name", "note", "amount", "seen");
      assertThat(columns(file).get(1)).containsExactly("name", "VARCHAR", "false");
    }
  }

  @Test
  void columnNamesDifferingOnlyInAsciiCaseAreTheSameColumn() {
    Path file = dir.resolve("case.duckdb");
    TableSchema upper = new TableSchema(PEOPLE, List.of(
        new Column("ID", DataType.int64(), false), new Column("NAME", DataType.string(5), true), new Column("Amount", DataType.int64(), true)),
        List.of("ID"), 3);
    try (DuckDbSink sink = DuckDbTestDatabase.openSink(file, "p", 1, new RecordingRejections(true));
        SinkWriter writer = sink.openWriter(0)) {
      sink.ensureTable(V2);
      sink.ensureTable(upper);
      write(writer, upper, 1, new Object[] {7L, "Zed", 1L});
      write(writer, upper, 2, new Object[] {7L, "Zoe", 2L});
      assertThat(columns(file)).hasSize(4);
      assertThat(DuckDbTestDatabase.query(file, "SELECT id, name, amount FROM crm.people")).containsExactly(List.of("7", "Zoe", "2"));
    }
  }
}
