package io.tributary.connector.kafka;

import io.tributary.api.ConfigException;
import io.tributary.api.schema.TableId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a topic pattern such as {@code {database}.{table}} into the topic of each table.
 * {@code {database}} and {@code {schema}} both stand for the table's namespace (the MySQL
 * database, the PostgreSQL schema), {@code {table}} for its name. Characters Kafka does not allow
 * in a topic name (anything but letters, digits, {@code .}, {@code _} and {@code -}) become
 * {@code _}. Thread-safe.
 */
final class TopicNames {
  private static final int MAX_LENGTH = 249;

  private final String pattern;
  private final Map<TableId, String> cache = new ConcurrentHashMap<>();

  TopicNames(String optionKey, String pattern) {
    if (pattern.contains("$")) {
      throw new ConfigException(optionKey, optionKey + ": '" + pattern + "' contains '$'; placeholders are written"
          + " {database}, {schema} and {table} (without a dollar sign, which is for ${ENV} substitution)");
    }
    String unknown = pattern.replace("{database}", "").replace("{schema}", "").replace("{table}", "");
    if (unknown.contains("{") || unknown.contains("}")) {
      throw new ConfigException(optionKey, optionKey + ": '" + pattern + "' has an unknown placeholder;"
          + " known are {database}, {schema} and {table}");
    }
    this.pattern = pattern;
  }

  /** The topic of {@code table}. */
  String topicOf(TableId table) {
    return cache.computeIfAbsent(table, t -> legal(pattern.replace("{database}", t.namespace())
        .replace("{schema}", t.namespace()).replace("{table}", t.name())));
  }

  /** {@code name} with every character Kafka refuses in a topic name replaced by {@code _}. */
  static String legal(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length() && out.length() < MAX_LENGTH; i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
      out.append(ok ? c : '_');
    }
    String topic = out.toString();
    return topic.equals(".") || topic.equals("..") ? topic.replace('.', '_') : topic;
  }
}
