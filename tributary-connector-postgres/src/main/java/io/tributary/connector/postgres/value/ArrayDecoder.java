package io.tributary.connector.postgres.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decodes one-dimensional arrays into lists, element by element with the element type's decoder.
 * The binary form is a header (dimensions, null flag, element type, per dimension its length and
 * lower bound) followed by length-prefixed elements, length -1 meaning NULL.
 */
final class ArrayDecoder implements ValueDecoder {
  private final ValueDecoder element;

  ArrayDecoder(ValueDecoder element) {
    this.element = element;
  }

  @Override
  public Object fromText(String text) {
    return Collections.unmodifiableList(ArrayText.parse(text, element::fromText));
  }

  @Override
  public Object fromBinary(byte[] bytes, int offset, int length) {
    int dimensions = Bytes.i32(bytes, offset);
    if (dimensions == 0) {
      return Collections.emptyList();
    }
    if (dimensions != 1) {
      throw new IllegalArgumentException(
          "multi-dimensional array values are not supported (" + dimensions + " dimensions); store one-dimensional arrays");
    }
    int count = Bytes.i32(bytes, offset + 12);
    int at = offset + 20;
    List<Object> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int size = Bytes.i32(bytes, at);
      at += 4;
      if (size < 0) {
        out.add(null);
      } else {
        out.add(element.fromBinary(bytes, at, size));
        at += size;
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean hasBinary() {
    return element.hasBinary();
  }
}
