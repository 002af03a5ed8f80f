package io.tributary.transform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.schema.DataType.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * JSON_VALUE(json, path) and the hashes MD5(x) and SHA256(x).
 *
 * <p>JSON_VALUE reads JSON text (a JSON or text column) and returns the scalar the path leads to
 * as STRING ({@code "a"} as {@code a}, {@code 1.5} as {@code 1.5}, {@code true} as {@code true});
 * it gives NULL when the path leads nowhere, to JSON null, to an object or an array, or when the
 * text is not JSON (Flink's NULL ON EMPTY / NULL ON ERROR). A literal path is parsed once.
 *
 * <p>MD5 and SHA256 hash the UTF-8 bytes of text (or the bytes of a BYTES value) and return
 * lower-case hex.
 */
final class JsonAndHashFunctions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private JsonAndHashFunctions() {}

  static void register(Map<String, FunctionRegistry.Spec> specs) {
    FunctionRegistry.add(specs, "JSON_VALUE", 2, 2, JsonAndHashFunctions::jsonValue);
    FunctionRegistry.add(specs, "MD5", 1, 1, c -> hash(c, "MD5"));
    FunctionRegistry.add(specs, "SHA256", 1, 1, c -> hash(c, "SHA-256"));
    FunctionRegistry.add(specs, "SHA2", 1, 1, c -> hash(c, "SHA-256"));
  }

  private static Typed jsonValue(FunctionCall call) {
    call.text(0);
    Function<Object, JsonPath> path = Prepared.of(call.text(1), JsonPath::parse, call.site(), "JSON path");
    return call.strict(Types.STRING, (json, p) -> valueAt((String) json, path.apply(p)));
  }

  private static String valueAt(String json, JsonPath path) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
    JsonNode node = root == null ? null : path.find(root);
    return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
  }

  private static Typed hash(FunctionCall call, String algorithm) {
    boolean bytes = call.arg(0).kind() == Kind.BYTES;
    if (!bytes) {
      call.text(0);
    }
    digest(algorithm); // fails at compile time when the JDK lacks the algorithm
    return call.strict(Types.STRING, value -> HEX.formatHex(digest(algorithm).digest(
        bytes ? (byte[]) value : ((String) value).getBytes(StandardCharsets.UTF_8))));
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no " + algorithm, e);
    }
  }
}
