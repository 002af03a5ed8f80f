package io.tributary.transform;

/**
 * Where an expression comes from, for error messages: the rule's label and the expression's text.
 *
 * @param rule the rule's label (its source-table pattern, usually)
 * @param expression the projection item or filter text the error concerns
 */
record Site(String rule, String expression) {

  TransformException error(String problem) {
    return new TransformException(prefix() + problem);
  }

  TransformException error(String problem, Throwable cause) {
    return new TransformException(prefix() + problem, cause);
  }

  private String prefix() {
    return "transform rule '" + rule + "', expression `" + expression + "`: ";
  }
}
