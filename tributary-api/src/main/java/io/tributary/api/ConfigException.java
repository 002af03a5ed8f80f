package io.tributary.api;

/**
 * The pipeline definition is wrong. {@link #key()} names the offending option (as written in the
 * pipeline file, relative to its block, e.g. {@code port}) so the CLI can point at its file and
 * line; it may be null when the problem is not tied to one key.
 */
public class ConfigException extends TributaryException {
  private static final long serialVersionUID = 1L;
  private final String key;

  public ConfigException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The option key the problem is about, or null. */
  public String key() {
    return key;
  }
}
