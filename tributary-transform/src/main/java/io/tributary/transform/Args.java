package io.tributary.transform;

import io.tributary.api.schema.DataType.Kind;

/** Compile-time checks of operand and argument types, with messages that say how to fix them. */
final class Args {
  private Args() {}

  static void requireText(String where, Typed operand, Site site) {
    if (!operand.isNullLiteral() && !Types.isStringLike(operand.type())) {
      throw site.error(
          where + " needs text but got " + operand.type() + "; CAST it AS STRING first");
    }
  }

  static void requireInteger(String where, Typed operand, Site site) {
    Kind family = operand.isNullLiteral() || !Types.isNumeric(operand.type())
        ? null : Types.family(operand.kind());
    if (!operand.isNullLiteral() && family != Kind.INT32 && family != Kind.INT64) {
      throw site.error(
          where + " needs an integer but got " + operand.type() + "; CAST it AS BIGINT first");
    }
  }
}
