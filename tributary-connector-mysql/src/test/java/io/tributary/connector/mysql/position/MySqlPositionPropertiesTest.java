package io.tributary.connector.mysql.position;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.TableId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MySqlPositionPropertiesTest {

  @Property(tries = 500)
  void binlogPositionsRoundTrip(@ForAll("binlogPositions") BinlogPosition position) {
    String text = position.encode();
    assertThat(text).doesNotContain("\n");
    assertThat(MySqlPosition.decode(text)).isEqualTo(position);
  }

  @Property(tries = 500)
  void snapshotPositionsRoundTrip(@ForAll("snapshotPositions") SnapshotPosition position) {
    String text = position.encode();
    assertThat(text).doesNotContain("\n");
    assertThat(MySqlPosition.decode(text)).isEqualTo(position);
  }

  @Property(tries = 300)
  void everySnapshotPositionOrdersBeforeEveryBinlogPosition(
      @ForAll("snapshotPositions") SnapshotPosition snapshot, @ForAll("binlogPositions") BinlogPosition binlog) {
    assertThat(snapshot.compareTo(binlog)).isNegative();
    assertThat(binlog.compareTo(snapshot)).isPositive();
  }

  @Property(tries = 500)
  void orderIsAntisymmetricAndConsistentWithEquals(
      @ForAll("anyPositions") MySqlPosition a, @ForAll("anyPositions") MySqlPosition b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property(tries = 300)
  void binlogOrderIsFileSequenceThenPositionThenRow(
      @ForAll("binlogPositions") BinlogPosition a, @ForAll("binlogPositions") BinlogPosition b) {
    long fileA = BinlogPosition.fileSequence(a.file());
    long fileB = BinlogPosition.fileSequence(b.file());
    int c = Integer.signum(a.compareTo(b));
    if (fileA != fileB) {
      assertThat(c).isEqualTo(Long.signum(fileA - fileB));
    } else if (a.file().equals(b.file()) && a.position() != b.position()) {
      assertThat(c).isEqualTo(Long.signum(a.position() - b.position()));
    } else if (a.file().equals(b.file()) && a.rowIndex() != b.rowIndex()) {
      assertThat(c).isEqualTo(Long.signum(a.rowIndex() - b.rowIndex()));
    }
  }

  @Property(tries = 300)
  void snapshotOrderIsTableThenChunk(
      @ForAll("snapshotPositions") SnapshotPosition a, @ForAll("snapshotPositions") SnapshotPosition b) {
    int c = Integer.signum(a.compareTo(b));
    int byTable = a.table().compareTo(b.table());
    if (byTable != 0) {
      assertThat(c).isEqualTo(Integer.signum(byTable));
    } else if (a.chunk() != b.chunk()) {
      assertThat(c).isEqualTo(Long.signum(a.chunk() - b.chunk()));
    }
  }

  @Provide
  Arbitrary<MySqlPosition> anyPositions() {
    return Arbitraries.oneOf(binlogPositions(), snapshotPositions());
  }

  @Provide
  Arbitrary<BinlogPosition> binlogPositions() {
    Arbitrary<String> files =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 1_200_000).map(n -> String.format("mysql-bin.%06d", n)),
            Arbitraries.integers().between(1, 3).map(n -> "bin.00000" + n),
            Arbitraries.of("odd name.log", "bin.x1", "a&b=c.000001"));
    Arbitrary<Long> positions = Arbitraries.longs().between(4, 5_000_000_000L);
    Arbitrary<Long> rows = Arbitraries.longs().between(0, 2_000_000);
    Arbitrary<String> gtids =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.integers().between(0, 99).map(n -> "0-1-" + n),
            Arbitraries.just("3E11FA47-71CA-11E1-9E33-C80AA9429562:23"));
    return Combinators.combine(files, positions, rows, gtids).as(BinlogPosition::new);
  }

  @Provide
  Arbitrary<SnapshotPosition> snapshotPositions() {
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars('_', '.', ' ', '&', '=', ',', '%', '+', 'é', '`')
            .ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("a.b", "a-b", "😀", "über"));
    Arbitrary<TableId> tables = Combinators.combine(names, names).as(TableId::new);
    Arbitrary<String> keyValue = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abc,=&%+ \\\"'é-:.0123456789").ofMaxLength(12),
        Arbitraries.of("😀", "a😀b"),
        Arbitraries.longs().map(String::valueOf));
    Arbitrary<List<String>> after = Arbitraries.oneOf(
        Arbitraries.just(null), keyValue.list().ofMinSize(1).ofMaxSize(3));
    return Combinators.combine(binlogPositions(), tables, Arbitraries.longs().between(0, 1_000_000), after)
        .as(SnapshotPosition::new);
  }
}
