package io.tributary.connector.postgres.value;

import io.tributary.api.schema.SpecialValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * PostgreSQL's binary {@code numeric}: digit count, weight, sign and display scale (16-bit each),
 * then base-10000 digits. NaN and the infinities, which no {@link BigDecimal} holds, become a
 * {@link SpecialValue}.
 */
final class NumericBinary {
  private static final int POSITIVE = 0x0000;
  private static final int NEGATIVE = 0x4000;
  private static final int NAN = 0xC000;
  private static final int PLUS_INFINITY = 0xD000;
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  private NumericBinary() {}

  /** A {@link BigDecimal} or a {@link SpecialValue}. */
  static Object decode(byte[] b, int offset) {
    int digits = Bytes.u16(b, offset);
    int weight = (short) Bytes.u16(b, offset + 2);
    int sign = Bytes.u16(b, offset + 4);
    int displayScale = Bytes.u16(b, offset + 6);
    if (sign != POSITIVE && sign != NEGATIVE) {
      return special(sign);
    }
    BigDecimal value = digits <= 4 ? small(b, offset + 8, digits) : large(b, offset + 8, digits);
    value = value.scaleByPowerOfTen(4 * (weight - digits + 1));
    if (value.scale() != displayScale) {
      value = value.setScale(displayScale, RoundingMode.UNNECESSARY);
    }
    return sign == NEGATIVE ? value.negate() : value;
  }

  private static BigDecimal small(byte[] b, int at, int digits) {
    long unscaled = 0;
    for (int i = 0; i < digits; i++) {
      unscaled = unscaled * 10_000 + Bytes.u16(b, at + 2 * i);
    }
    return BigDecimal.valueOf(unscaled);
  }

  private static BigDecimal large(byte[] b, int at, int digits) {
    BigInteger unscaled = BigInteger.ZERO;
    for (int i = 0; i < digits; i++) {
      unscaled = unscaled.multiply(TEN_THOUSAND).add(BigInteger.valueOf(Bytes.u16(b, at + 2 * i)));
    }
    return new BigDecimal(unscaled);
  }

  private static SpecialValue special(int sign) {
    return switch (sign) {
      case NAN -> SpecialValue.NAN;
      case PLUS_INFINITY -> SpecialValue.POSITIVE_INFINITY;
      default -> SpecialValue.NEGATIVE_INFINITY;
    };
  }
}
