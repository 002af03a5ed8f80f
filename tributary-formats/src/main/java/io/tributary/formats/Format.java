package io.tributary.formats;

import io.tributary.api.ConfigException;
import io.tributary.formats.canal.CanalJsonDecoder;
import io.tributary.formats.canal.CanalJsonEncoder;
import io.tributary.formats.debezium.DebeziumJsonDecoder;
import io.tributary.formats.debezium.DebeziumJsonEncoder;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The message formats, by the identifier pipeline files use. */
public enum Format {
  /** Canal's flat message: {@code data}, {@code old}, {@code type}, {@code mysqlType}, ... */
  CANAL_JSON("canal-json"),
  /** Debezium's change event envelope: {@code before}, {@code after}, {@code source}, {@code op}, ... */
  DEBEZIUM_JSON("debezium-json");

  private final String id;

  Format(String id) {
    this.id = id;
  }

  /** The identifier: {@code canal-json} or {@code debezium-json}. */
  public String id() {
    return id;
  }

  /**
   * The format named {@code id}.
   *
   * @throws ConfigException listing the available formats when {@code id} is none of them
   */
  public static Format of(String id) {
    for (Format format : values()) {
      if (format.id.equals(id)) {
        return format;
      }
    }
    throw new ConfigException("format", "format '" + id + "' is unknown; available: "
        + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")));
  }

  /** A new encoder of this format (one per thread). */
  public ChangeEncoder encoder(FormatOptions options) {
    return switch (this) {
      case CANAL_JSON -> new CanalJsonEncoder(options);
      case DEBEZIUM_JSON -> new DebeziumJsonEncoder(options);
    };
  }

  /** A new decoder of this format (one per thread). */
  public ChangeDecoder decoder(FormatOptions options) {
    return switch (this) {
      case CANAL_JSON -> new CanalJsonDecoder(options);
      case DEBEZIUM_JSON -> new DebeziumJsonDecoder(options);
    };
  }
}
