package io.tributary.formats;

import io.tributary.api.schema.TableId;
import io.tributary.api.schema.TableSchema;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of an encoder or decoder. Immutable; start from {@link #defaults()} and change what you
 * need with the {@code with…} copies.
 *
 * @param decimalHandling how Debezium-JSON writes DECIMAL values, and how a decoder reads a JSON
 *     string in a DECIMAL column when no envelope says (default {@link DecimalHandling#STRING})
 * @param schemaEnvelope whether Debezium-JSON messages are written as {@code {schema, payload}}
 *     (default false: the envelope makes a message 5-10 times larger; decoders detect it by
 *     themselves)
 * @param canalTimeZone the zone Canal-JSON text of TIMESTAMP_TZ values is in, both ways (default
 *     UTC; Canal prints MySQL {@code TIMESTAMP} in the server's zone — set that zone to read such
 *     messages). Only UTC, or another zone without daylight-saving changes, round-trips every
 *     instant.
 * @param knownSchemas table shapes a decoder uses when a message carries no column types
 *     (Debezium-JSON without envelope, Flink CDC's Canal dialect): the function returns null for a
 *     table it does not know, and the row is then returned untyped. Never null.
 * @param clock the clock of the "message built at" times (Canal {@code ts}, Debezium {@code ts_ms})
 * @param serverName Debezium's {@code source.name}, the logical name of the capturing server
 */
public record FormatOptions(
    DecimalHandling decimalHandling,
    boolean schemaEnvelope,
    ZoneId canalTimeZone,
    Function<TableId, TableSchema> knownSchemas,
    Clock clock,
    String serverName) {

  public FormatOptions {
    Objects.requireNonNull(decimalHandling, "decimalHandling");
    Objects.requireNonNull(canalTimeZone, "canalTimeZone");
    Objects.requireNonNull(knownSchemas, "knownSchemas");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(serverName, "serverName");
  }

  /** String decimals, no envelope, UTC, no known schemas, the system clock, server name "tributary". */
  public static FormatOptions defaults() {
    return new FormatOptions(DecimalHandling.STRING, false, ZoneOffset.UTC, table -> null,
        Clock.systemUTC(), "tributary");
  }

  public FormatOptions withDecimalHandling(DecimalHandling handling) {
    return new FormatOptions(handling, schemaEnvelope, canalTimeZone, knownSchemas, clock, serverName);
  }

  public FormatOptions withSchemaEnvelope(boolean envelope) {
    return new FormatOptions(decimalHandling, envelope, canalTimeZone, knownSchemas, clock, serverName);
  }

  public FormatOptions withCanalTimeZone(ZoneId zone) {
    return new FormatOptions(decimalHandling, schemaEnvelope, zone, knownSchemas, clock, serverName);
  }

  public FormatOptions withKnownSchemas(Function<TableId, TableSchema> schemas) {
    return new FormatOptions(decimalHandling, schemaEnvelope, canalTimeZone, schemas, clock, serverName);
  }

  public FormatOptions withClock(Clock newClock) {
    return new FormatOptions(decimalHandling, schemaEnvelope, canalTimeZone, knownSchemas, newClock, serverName);
  }

  public FormatOptions withServerName(String name) {
    return new FormatOptions(decimalHandling, schemaEnvelope, canalTimeZone, knownSchemas, clock, name);
  }
}
