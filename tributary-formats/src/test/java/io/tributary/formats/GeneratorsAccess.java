package io.tributary.formats;

import io.tributary.api.schema.DataType;
import net.jqwik.api.Arbitrary;

/** {@link Generators} for tests in other packages. */
public final class GeneratorsAccess {

  private GeneratorsAccess() {}

  /** Every logical type, arrays included. */
  public static Arbitrary<DataType> types() {
    return Generators.types();
  }
}
