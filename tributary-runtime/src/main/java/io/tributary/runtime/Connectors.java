package io.tributary.runtime;

import io.tributary.api.ConfigException;
import io.tributary.api.sink.SinkFactory;
import io.tributary.api.source.SourceFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/** The source and sink factories on the class path, found by {@link ServiceLoader}. */
public final class Connectors {
  private final List<SourceFactory> sources = new ArrayList<>();
  private final List<SinkFactory> sinks = new ArrayList<>();

  private Connectors() {}

  /** Every factory visible to this class's class loader. */
  public static Connectors discover() {
    Connectors c = new Connectors();
    ServiceLoader.load(SourceFactory.class, Connectors.class.getClassLoader()).forEach(c.sources::add);
    ServiceLoader.load(SinkFactory.class, Connectors.class.getClassLoader()).forEach(c.sinks::add);
    return c;
  }

  public List<SourceFactory> sources() {
    return List.copyOf(sources);
  }

  public List<SinkFactory> sinks() {
    return List.copyOf(sinks);
  }

  /** The source factory for a type name or alias; the error lists the available types. */
  public SourceFactory source(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT);
    for (SourceFactory f : sources) {
      if (f.identifier().equals(t) || f.aliases().contains(t)) {
        return f;
      }
    }
    throw new ConfigException("type", "unknown source type '" + type + "'; available: " + names(sources.stream().map(f -> label(f.identifier(), f.aliases())).toList()));
  }

  /** The sink factory for a type name or alias; the error lists the available types. */
  public SinkFactory sink(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT);
    for (SinkFactory f : sinks) {
      if (f.identifier().equals(t) || f.aliases().contains(t)) {
        return f;
      }
    }
    throw new ConfigException("type", "unknown sink type '" + type + "'; available: " + names(sinks.stream().map(f -> label(f.identifier(), f.aliases())).toList()));
  }

  private static String label(String id, List<String> aliases) {
    return aliases.isEmpty() ? id : id + " (also " + String.join(", ", aliases) + ")";
  }

  private static String names(List<String> labels) {
    return labels.isEmpty() ? "none on the class path" : String.join(", ", labels);
  }
}
