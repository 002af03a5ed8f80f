package io.tributary.formats.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.Column;
import io.tributary.api.schema.DataType;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MySqlTypeTextTest {

  @Test
  void columnTypeTextsFollowTheProjectsMySqlMapping() {
    assertThat(MySqlTypeText.parse("tinyint(4)")).isEqualTo(DataType.int8());
    assertThat(MySqlTypeText.parse("tinyint(3) unsigned")).isEqualTo(DataType.int16());
    assertThat(MySqlTypeText.parse("tinyint(1)")).as("MySQL's BOOLEAN is TINYINT(1), an INT8").isEqualTo(DataType.int8());
    assertThat(MySqlTypeText.parse("smallint(5) unsigned zerofill")).isEqualTo(DataType.int32());
    assertThat(MySqlTypeText.parse("mediumint(8) unsigned")).isEqualTo(DataType.int32());
    assertThat(MySqlTypeText.parse("INTEGER")).isEqualTo(DataType.int32());
    assertThat(MySqlTypeText.parse("int(10) unsigned")).isEqualTo(DataType.int64());
    assertThat(MySqlTypeText.parse("bigint(20) unsigned")).isEqualTo(DataType.decimal(20, 0));
    assertThat(MySqlTypeText.parse("decimal(65,30)")).isEqualTo(DataType.decimal(65, 30));
    assertThat(MySqlTypeText.parse("decimal")).isEqualTo(DataType.decimal(10, 0));
    assertThat(MySqlTypeText.parse("FLOAT")).isEqualTo(DataType.float32());
    assertThat(MySqlTypeText.parse("float(30)")).isEqualTo(DataType.float64());
    assertThat(MySqlTypeText.parse("double precision")).isEqualTo(DataType.float64());
    assertThat(MySqlTypeText.parse("VARCHAR(255)")).isEqualTo(DataType.string(255));
    assertThat(MySqlTypeText.parse("char(3)")).isEqualTo(DataType.string(3));
    assertThat(MySqlTypeText.parse("mediumtext")).isEqualTo(DataType.string(-1));
    assertThat(MySqlTypeText.parse("binary(16)")).isEqualTo(DataType.bytes(16));
    assertThat(MySqlTypeText.parse("longblob")).isEqualTo(DataType.bytes(-1));
    assertThat(MySqlTypeText.parse("datetime(6)")).isEqualTo(DataType.timestamp(6));
    assertThat(MySqlTypeText.parse("timestamp")).isEqualTo(DataType.timestampTz(0));
    assertThat(MySqlTypeText.parse("time(3)")).isEqualTo(DataType.time(3));
    assertThat(MySqlTypeText.parse("year(4)")).isEqualTo(DataType.int16());
    assertThat(MySqlTypeText.parse("bit(1)")).isEqualTo(DataType.bits(1));
    assertThat(MySqlTypeText.parse("json")).isEqualTo(DataType.json());
  }

  @Test
  void enumAndSetValuesAreUnquotedAsTheServerEscapesThem() {
    assertThat(MySqlTypeText.parse("enum('a','it''s','x)y','back\\\\slash','new\\nline')"))
        .isEqualTo(DataType.enumOf(List.of("a", "it's", "x)y", "back\\slash", "new\nline")));
    assertThat(MySqlTypeText.parse("set('x', 'y')")).isEqualTo(DataType.setOf(List.of("x", "y")));
  }

  @Test
  void extensionsCoverTypesMySqlDoesNotPrint() {
    assertThat(MySqlTypeText.parse("boolean")).isEqualTo(DataType.bool());
    assertThat(MySqlTypeText.parse("uuid")).isEqualTo(DataType.uuid());
    assertThat(MySqlTypeText.parse("numeric")).isEqualTo(DataType.decimal(0, -1));
    assertThat(MySqlTypeText.parse("varchar(10)[]")).isEqualTo(DataType.arrayOf(DataType.string(10)));
  }

  @Test
  void typesWithoutALogicalCounterpartAreErrors() {
    assertThatThrownBy(() -> MySqlTypeText.parse("geometry")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'geometry'");
    assertThatThrownBy(() -> MySqlTypeText.parse("decimal(10,x)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MySqlTypeText.parse("enum('a'")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aColumnKeepsItsOwnMySqlTextOnlyWhenItMeansTheSameType() {
    assertThat(MySqlTypeText.of(new Column("a", DataType.decimal(20, 0), false, "bigint(20) unsigned")))
        .isEqualTo("bigint(20) unsigned");
    assertThat(MySqlTypeText.of(new Column("b", DataType.string(20), false, "character varying(20)")))
        .as("PostgreSQL text is not MySQL text").isEqualTo("varchar(20)");
    assertThat(MySqlTypeText.of(new Column("c", DataType.timestamp(6), false, "timestamp(6)")))
        .as("MySQL's timestamp is an instant, not this wall-clock column").isEqualTo("datetime(6)");
  }

  @Provide
  Arbitrary<DataType> types() {
    return io.tributary.formats.GeneratorsAccess.types();
  }

  @Property
  void formatMapsBackToTheSameType(@ForAll("types") DataType type) {
    assertThat(MySqlTypeText.parse(MySqlTypeText.format(type))).isEqualTo(type);
  }

  @Property
  void displayWidthsAndCaseDoNotMatter(@ForAll("widths") int width) {
    assertThat(MySqlTypeText.parse("INT(" + width + ")")).isEqualTo(DataType.int32());
  }

  @Provide
  Arbitrary<Integer> widths() {
    return Arbitraries.integers().between(1, 255);
  }
}
