package io.tributary.connector.postgres.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.TableId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The text form round-trips and the order is total, consistent and matches the stream's order. */
class PostgresPositionTest {

  @Property
  void everyPositionRoundTripsThroughItsText(@ForAll("positions") PostgresPosition position) {
    PostgresPosition decoded = PostgresPosition.decode(position.encode());
    assertThat(decoded).isEqualTo(position);
    assertThat(decoded.encode()).isEqualTo(position.encode()).doesNotContain("\n");
  }

  @Property
  void orderIsAntisymmetricAndSnapshotsComeFirst(
      @ForAll("positions") PostgresPosition a, @ForAll("positions") PostgresPosition b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.isSnapshot() && !b.isSnapshot()) {
      assertThat(a.compareTo(b)).isNegative();
    }
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void orderIsTransitive(@ForAll("positions") PostgresPosition a, @ForAll("positions") PostgresPosition b,
      @ForAll("positions") PostgresPosition c) {
    List<PostgresPosition> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(PostgresPosition::compareTo);
    assertThat(sorted.get(0).compareTo(sorted.get(2))).isLessThanOrEqualTo(0);
  }

  @Property
  void walPositionsOrderByUnsignedCommitLsnThenRow(@ForAll long lsnA, @ForAll long lsnB, @ForAll("rows") long row) {
    WalPosition a = new WalPosition(new Lsn(lsnA), row);
    WalPosition b = new WalPosition(new Lsn(lsnB), row + 1);
    int expected = lsnA == lsnB ? -1 : Long.compareUnsigned(lsnA, lsnB);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
  }

  @Test
  void lsnTextIsPostgresNotation() {
    assertThat(Lsn.parse("16/B374D848").value()).isEqualTo(0x16_B374D848L);
    assertThat(new Lsn(0x16_B374D848L)).hasToString("16/B374D848");
    assertThat(Lsn.parse("FFFFFFFF/FFFFFFFF").compareTo(Lsn.parse("0/1"))).isPositive();
    assertThatThrownBy(() -> Lsn.parse("16B374D848")).hasMessageContaining("not an LSN");
  }

  @Test
  void knownEncodingsStayStable() {
    assertThat(new WalPosition(Lsn.parse("0/16B3748"), 5).encode()).isEqualTo("pg-wal:lsn=0/16B3748&row=5");
    SnapshotPosition chunk = new SnapshotPosition(new TableId("my schema", "o&rders"), 2, List.of("1,2", "x"));
    assertThat(chunk.encode()).isEqualTo("pg-snapshot:schema=my+schema&table=o%26rders&chunk=2&after=1%2C2,x");
  }

  @Test
  void malformedTextIsRefusedWithTheReason() {
    assertThatThrownBy(() -> PostgresPosition.decode("mysql-binlog:file=x&pos=4&row=0"))
        .hasMessageContaining("is not a PostgreSQL position");
    assertThatThrownBy(() -> PostgresPosition.decode("pg-wal:lsn=0/1")).hasMessageContaining("lacks the field 'row'");
    assertThatThrownBy(() -> PostgresPosition.decode("pg-wal:lsn=0/1&row=x")).hasMessageContaining("malformed");
  }

  @Provide
  Arbitrary<Long> rows() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE - 1);
  }

  @Provide
  Arbitrary<PostgresPosition> positions() {
    Arbitrary<PostgresPosition> wal = Combinators.combine(
        Arbitraries.longs().between(-3, 3).map(v -> v * 0x100000000L + 7).injectDuplicates(0.3),
        Arbitraries.longs().between(0, 4)).as((lsn, row) -> new WalPosition(new Lsn(lsn), row));
    Arbitrary<String> names = Arbitraries.strings().ofMinLength(1).ofMaxLength(6).withChars("ab, &=%\u00e9\"");
    Arbitrary<PostgresPosition> snapshot = Combinators.combine(
        names, names, Arbitraries.longs().between(0, 3), names.list().ofMinSize(1).ofMaxSize(2).injectNull(0.3))
        .as((schema, table, chunk, after) -> new SnapshotPosition(new TableId(schema, table), chunk, after));
    return Arbitraries.oneOf(wal, snapshot);
  }
}
