package io.tributary.formats.canal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.schema.DataType;
import io.tributary.api.schema.TableSchema;
import io.tributary.formats.ChangeDecoder;
import io.tributary.formats.DecodedRow;
import io.tributary.formats.Format;
import io.tributary.formats.FormatException;
import io.tributary.formats.FormatOptions;
import org.junit.jupiter.api.Test;

/** A decoder reuses what consecutive messages repeat; every change of it is still seen. */
class CanalRepeatedMessagesTest {
  private final ChangeDecoder decoder = Format.CANAL_JSON.decoder(FormatOptions.defaults());

  private DecodedRow decode(String table, String mysqlType, String pkNames, String data) {
    return (DecodedRow) decoder.decode("{\"data\":[" + data + "],\"database\":\"d\",\"table\":\"" + table
        + "\",\"type\":\"INSERT\",\"mysqlType\":" + mysqlType + ",\"pkNames\":" + pkNames + "}").get(0);
  }

  @Test
  void aTypeThatChangesInTheMiddleOfTheColumnsMakesANewShape() {
    DecodedRow first = decode("t", "{\"id\":\"int\",\"v\":\"int\",\"w\":\"int\"}", "[\"id\"]",
        "{\"id\":\"1\",\"v\":\"2\",\"w\":\"3\"}");
    DecodedRow second = decode("t", "{\"id\":\"int\",\"v\":\"bigint\",\"w\":\"int\"}", "[\"id\"]",
        "{\"id\":\"1\",\"v\":\"2\",\"w\":\"3\"}");

    assertThat(first.after("v")).isEqualTo(2);
    assertThat(second.after("v")).isEqualTo(2L);
    assertThat(second.schema().columns().get(1).type()).isEqualTo(DataType.int64());
    assertThat(second.schema().version()).isEqualTo(2);
  }

  @Test
  void fewerMoreAndReorderedColumnsAreEachANewShape() {
    TableSchema three = decode("t", "{\"a\":\"int\",\"b\":\"int\",\"c\":\"int\"}", "[]",
        "{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}").schema();
    TableSchema two = decode("t", "{\"a\":\"int\",\"b\":\"int\"}", "[]", "{\"a\":\"1\",\"b\":\"2\"}").schema();
    TableSchema reordered = decode("t", "{\"b\":\"int\",\"a\":\"int\"}", "[]", "{\"a\":\"1\",\"b\":\"2\"}").schema();
    TableSchema again = decode("t", "{\"b\":\"int\",\"a\":\"int\"}", "[]", "{\"a\":\"1\",\"b\":\"2\"}").schema();

    assertThat(three.columns()).hasSize(3);
    assertThat(two.columns()).extracting(c -> c.name()).containsExactly("a", "b");
    assertThat(reordered.columns()).extracting(c -> c.name()).containsExactly("b", "a");
    assertThat(again).isSameAs(reordered);
    assertThat(reordered.version()).isEqualTo(3);
  }

  @Test
  void tablesWithTheSameTypesKeepTheirOwnShapes() {
    DecodedRow t = decode("t", "{\"id\":\"int\"}", "[\"id\"]", "{\"id\":\"1\"}");
    DecodedRow u = decode("u", "{\"id\":\"int\"}", "[\"id\"]", "{\"id\":\"1\"}");

    assertThat(t.schema().id().name()).isEqualTo("t");
    assertThat(u.schema().id().name()).isEqualTo("u");
    assertThat(u.table().name()).isEqualTo("u");
  }

  @Test
  void aChangedKeyIsSeen() {
    String types = "{\"id\":\"int\",\"k\":\"int\"}";
    String data = "{\"id\":\"1\",\"k\":\"2\"}";

    assertThat(decode("t", types, "[\"id\"]", data).primaryKey()).containsExactly("id");
    assertThat(decode("t", types, "[\"id\",\"k\"]", data).primaryKey()).containsExactly("id", "k");
    assertThat(decode("t", types, "[\"k\"]", data).primaryKey()).containsExactly("k");
    assertThat(decode("t", types, "[]", data).primaryKey()).isEmpty();
  }

  @Test
  void aColumnRepeatedAfterTheKnownOnesIsStillRefused() {
    decode("t", "{\"id\":\"int\",\"v\":\"int\"}", "[\"id\"]", "{\"id\":\"1\",\"v\":\"2\"}");

    assertThatThrownBy(() -> decode("t", "{\"id\":\"int\",\"id\":\"int\"}", "[\"id\"]", "{\"id\":\"1\"}"))
        .isInstanceOf(FormatException.class).hasMessageContaining("Duplicate field 'id'");
    assertThatThrownBy(() -> decode("t", "{\"id\":\"int\",\"v\":\"int\",\"v\":\"int\"}", "[\"id\"]", "{\"id\":\"1\"}"))
        .isInstanceOf(FormatException.class).hasMessageContaining("Duplicate field 'v'");
    assertThatThrownBy(() -> decode("t", "{\"id\":\"int\",\"v\":7}", "[\"id\"]", "{\"id\":\"1\"}"))
        .isInstanceOf(FormatException.class).hasMessageContaining("mysqlType.v");
  }
}
