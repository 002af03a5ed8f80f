package io.tributary.api.option;

import io.tributary.api.ConfigException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The options of one block of a pipeline file (the source, or one sink) as flat text: nested maps
 * are flattened with dots ({@code properties.foo}), lists are comma-joined. Immutable.
 *
 * <p>Typed access goes through {@link #get(Option)}, which applies the default, checks required
 * keys and reports bad values as a {@link ConfigException} naming the key.
 */
public final class Config {
  private final Map<String, String> values;

  public Config(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Config of(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return new Config(m);
  }

  /** The typed value of the option: given, else its default; null when neither and optional. */
  public <T> T get(Option<T> option) {
    String raw = values.get(option.key());
    if (raw == null || raw.isBlank()) {
      if (option.required() && option.defaultValue() == null) {
        throw new ConfigException(option.key(), "missing required option '" + option.key() + "'");
      }
      return option.defaultValue();
    }
    return option.parse(raw);
  }

  /** Like {@link #get(Option)} but fails when the value is absent. */
  public <T> T require(Option<T> option) {
    T v = get(option);
    if (v == null) {
      throw new ConfigException(option.key(), "missing required option '" + option.key() + "'");
    }
    return v;
  }

  public String raw(String key) {
    return values.get(key);
  }

  /**
   * The keys under {@code prefix.} with the prefix removed, and their values: {@code
   * under("properties")} of {@code properties.acks: all} is {@code {acks=all}}.
   */
  public Map<String, String> under(String prefix) {
    String p = prefix + ".";
    Map<String, String> out = new java.util.TreeMap<>();
    for (String key : keys()) {
      if (key.startsWith(p) && key.length() > p.length()) {
        out.put(key.substring(p.length()), raw(key));
      }
    }
    return out;
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public Map<String, String> asMap() {
    return values;
  }

  /** A copy with one more key (or a replaced one). */
  public Config with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(Objects.requireNonNull(key), value);
    return new Config(m);
  }

  @Override
  public String toString() {
    return values.keySet().toString();
  }
}
