package io.tributary.connector.postgres.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.schema.DataType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The binary decoders give exactly what the text decoders give for the same value. */
class BinaryTextAgreementTest {
  private static final long EPOCH_2000_SECONDS = 946_684_800L;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  @Property
  void numericBinaryEqualsItsText(@ForAll("decimals") BigDecimal value) {
    ValueDecoder decoder = ValueDecoders.of(PgValueType.scalar(PgOid.NUMERIC, "numeric", DataType.decimal(0, -1)));
    byte[] bytes = numericSend(value);
    BigDecimal binary = (BigDecimal) decoder.fromBinary(bytes, 0, bytes.length);
    BigDecimal text = (BigDecimal) decoder.fromText(value.toPlainString());
    assertThat(binary).isEqualTo(text);
    assertThat(binary.scale()).isEqualTo(value.scale());
  }

  @Property
  void timestampBinaryEqualsItsText(
      @ForAll @LongRange(min = -63_000_000_000_000_000L, max = 200_000_000_000_000_000L) long micros) {
    ValueDecoder decoder = ValueDecoders.of(PgValueType.scalar(PgOid.TIMESTAMP, "timestamp", DataType.timestamp(6)));
    LocalDateTime expected = LocalDateTime.ofEpochSecond(
        EPOCH_2000_SECONDS + Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1000,
        ZoneOffset.UTC);
    byte[] bytes = ByteBuffer.allocate(8).putLong(micros).array();
    assertThat(decoder.fromBinary(bytes, 0, 8)).isEqualTo(expected).isEqualTo(decoder.fromText(postgresText(expected)));
  }

  @Property
  void timeTzTextParsesBackToTheSameOffset(
      @ForAll @LongRange(min = 0, max = 86_399_999_999L) long micros, @ForAll @IntRange(min = -57_599, max = 57_599) int zone) {
    String text = TemporalBinary.timeTzText(micros, zone);
    int sign = text.indexOf('+') >= 0 ? text.indexOf('+') : text.lastIndexOf('-');
    String[] offset = text.substring(sign + 1).split(":", -1);
    int seconds = Integer.parseInt(offset[0]) * 3600 + (offset.length > 1 ? Integer.parseInt(offset[1]) * 60 : 0)
        + (offset.length > 2 ? Integer.parseInt(offset[2]) : 0);
    assertThat(text.charAt(sign) == '-' ? seconds : -seconds).isEqualTo(zone);
    assertThat(((java.time.LocalTime) TemporalText.time(text.substring(0, sign))).toNanoOfDay()).isEqualTo(micros * 1000);
  }

  /** timestamp_out with DateStyle=ISO: fraction without trailing zeros, " BC" for years before 1. */
  private static String postgresText(LocalDateTime t) {
    boolean bc = t.getYear() <= 0;
    LocalDateTime shown = bc ? t.withYear(1 - t.getYear()) : t;
    String text = ISO.format(shown);
    int micros = (int) (t.toLocalTime().toNanoOfDay() / 1000 % 1_000_000);
    if (micros != 0) {
      String fraction = String.format("%06d", micros).replaceAll("0+$", "");
      text += "." + fraction;
    }
    return bc ? text + " BC" : text;
  }

  /** numeric_send: base-10000 digits, weight, sign, display scale. */
  static byte[] numericSend(BigDecimal value) {
    int scale = Math.max(value.scale(), 0);
    BigDecimal abs = value.abs().setScale(scale);
    String integer = abs.toBigInteger().toString();
    String fraction = scale == 0 ? "" : abs.toPlainString().substring(abs.toPlainString().indexOf('.') + 1);
    integer = "0".repeat((4 - integer.length() % 4) % 4) + integer;
    fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
    List<Integer> groups = new ArrayList<>();
    String all = integer + fraction;
    for (int i = 0; i < all.length(); i += 4) {
      groups.add(Integer.parseInt(all.substring(i, i + 4)));
    }
    int weight = integer.length() / 4 - 1;
    while (!groups.isEmpty() && groups.get(0) == 0) {
      groups.remove(0);
      weight--;
    }
    while (!groups.isEmpty() && groups.get(groups.size() - 1) == 0) {
      groups.remove(groups.size() - 1);
    }
    ByteBuffer out = ByteBuffer.allocate(8 + 2 * groups.size());
    out.putShort((short) groups.size()).putShort((short) (groups.isEmpty() ? 0 : weight))
        .putShort((short) (value.signum() < 0 ? 0x4000 : 0)).putShort((short) scale);
    groups.forEach(g -> out.putShort(g.shortValue()));
    return out.array();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
        .flatMap(unscaled -> Arbitraries.integers().between(0, 20).map(scale -> new BigDecimal(unscaled, scale)))
        .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("0.000"), new BigDecimal("10000"), new BigDecimal("-0.0001")));
  }
}
