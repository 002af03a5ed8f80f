package io.tributary.connector.postgres.pgoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Begin;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Commit;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Delete;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Insert;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Relation;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.RelationColumn;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Truncate;
import io.tributary.connector.postgres.pgoutput.PgOutputMessage.Update;
import io.tributary.connector.postgres.position.Lsn;
import org.junit.jupiter.api.Test;

class PgOutputDecoderTest {

  @Test
  void beginAndCommit() {
    Begin begin = (Begin) PgOutputDecoder.decode(PgOutputBytes.begin(0x1_0000_0010L, 1_000_000L, -5));
    assertThat(begin.finalLsn()).isEqualTo(Lsn.parse("1/10"));
    assertThat(begin.xid()).isEqualTo(-5);
    assertThat(begin.commitEpochMillis()).isEqualTo(946_684_801_000L);
    Commit commit = (Commit) PgOutputDecoder.decode(PgOutputBytes.commit(0x10, 0x48, 7));
    assertThat(commit.commitLsn()).isEqualTo(new Lsn(0x10));
    assertThat(commit.endLsn()).isEqualTo(new Lsn(0x48));
  }

  @Test
  void relationWithKeyFlagsTypesAndUnicodeNames() {
    Relation r = (Relation) PgOutputDecoder.decode(PgOutputBytes.relation(
        16384, "sch\u00e9ma", "t a\"b", 'f', "id", 23, -1, 1, "n\u00e4me", 1043, 24, 0));
    assertThat(r.relationId()).isEqualTo(16384);
    assertThat(r.namespace()).isEqualTo("sch\u00e9ma");
    assertThat(r.name()).isEqualTo("t a\"b");
    assertThat(r.replicaIdentity()).isEqualTo('f');
    assertThat(r.columns()).containsExactly(new RelationColumn(true, "id", 23, -1), new RelationColumn(false, "n\u00e4me", 1043, 24));
  }

  @Test
  void insertWithEveryValueKind() {
    Insert insert = (Insert) PgOutputDecoder.decode(
        PgOutputBytes.message('I').i32(7).u8('N').tuple("42", null, "~u", new byte[] {1, 2}, "").buffer());
    TupleData row = insert.newRow();
    assertThat(insert.relationId()).isEqualTo(7);
    assertThat(row.size()).isEqualTo(5);
    assertThat(row.kind(0)).isEqualTo(TupleData.TEXT);
    assertThat(row.text(0)).isEqualTo("42");
    assertThat(row.kind(1)).isEqualTo(TupleData.NULL);
    assertThat(row.kind(2)).isEqualTo(TupleData.UNCHANGED_TOAST);
    assertThat(row.kind(3)).isEqualTo(TupleData.BINARY);
    assertThat(row.bytes()[row.offset(3)]).isEqualTo((byte) 1);
    assertThat(row.length(3)).isEqualTo(2);
    assertThat(row.text(4)).isEmpty();
  }

  @Test
  void updatesWithAndWithoutOldRows() {
    Update plain = (Update) PgOutputDecoder.decode(PgOutputBytes.message('U').i32(1).u8('N').tuple("1", "b").buffer());
    assertThat(plain.oldRow()).isNull();
    assertThat(plain.newRow().text(1)).isEqualTo("b");
    Update keyed = (Update) PgOutputDecoder.decode(
        PgOutputBytes.message('U').i32(1).u8('K').tuple("0", null).u8('N').tuple("1", "b").buffer());
    assertThat(keyed.oldIsFullRow()).isFalse();
    assertThat(keyed.oldRow().text(0)).isEqualTo("0");
    Update full = (Update) PgOutputDecoder.decode(
        PgOutputBytes.message('U').i32(1).u8('O').tuple("1", "a").u8('N').tuple("1", "~u").buffer());
    assertThat(full.oldIsFullRow()).isTrue();
    assertThat(full.oldRow().text(1)).isEqualTo("a");
    assertThat(full.newRow().kind(1)).isEqualTo(TupleData.UNCHANGED_TOAST);
  }

  @Test
  void deletesAndTruncates() {
    Delete delete = (Delete) PgOutputDecoder.decode(PgOutputBytes.message('D').i32(3).u8('K').tuple("9", null).buffer());
    assertThat(delete.oldIsFullRow()).isFalse();
    assertThat(delete.oldRow().text(0)).isEqualTo("9");
    Truncate truncate = (Truncate) PgOutputDecoder.decode(PgOutputBytes.message('T').i32(2).u8(3).i32(5).i32(6).buffer());
    assertThat(truncate.relationIds()).containsExactly(5, 6);
    assertThat(truncate.cascade()).isTrue();
    assertThat(truncate.restartIdentity()).isTrue();
  }

  @Test
  void otherMessagesAreKeptByTagAndMalformedOnesRefused() {
    assertThat(PgOutputDecoder.decode(PgOutputBytes.message('Y').i32(1).string("public").string("t").buffer()))
        .isEqualTo(new PgOutputMessage.Other('Y'));
    assertThatThrownBy(() -> PgOutputDecoder.decode(PgOutputBytes.message('I').i32(1).u8('N').i16(1).u8('t').i32(10).buffer()))
        .hasMessageContaining("ends early");
    assertThatThrownBy(() -> PgOutputDecoder.decode(PgOutputBytes.message('I').i32(1).u8('X').buffer()))
        .hasMessageContaining("expected 'N'");
    assertThatThrownBy(() -> PgOutputDecoder.decode(PgOutputBytes.message('D').i32(1).u8('N').tuple("1").buffer()))
        .hasMessageContaining("'K' or 'O'");
    assertThatThrownBy(() -> PgOutputDecoder.decode(PgOutputBytes.message('I').i32(1).u8('N').i16(1).u8('z').buffer()))
        .hasMessageContaining("unknown column kind");
  }
}
