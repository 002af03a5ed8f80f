package io.tributary.cli.file;

import io.tributary.api.ConfigException;
import io.tributary.api.option.Config;
import io.tributary.api.option.Option;
import io.tributary.formats.Format;
import io.tributary.runtime.function.FunctionCode;
import io.tributary.runtime.function.FunctionDefinition;
import io.tributary.runtime.function.JavaFunctionClass;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code functions:} list of a pipeline file: its options, its checks (a Java function's class
 * is loaded from its JAR, so a wrong path or class name is reported with the file's line) and the
 * runtime's definitions. A relative {@code jar} path is taken from the pipeline file's directory.
 */
public final class FunctionBlocks {
  private FunctionBlocks() {}

  static final Option<String> NAME = Option.string("name",
      "The function's name, unique in the pipeline; names its dead-letter file dead-letters/function-<name>.jsonl.")
      .asRequired();
  static final Option<String> TABLES = Option.string("tables",
      "A regular expression matched against the whole namespace.table of each event after the transforms and routes"
          + " (like a sink's tables); other tables pass the function unchanged.").asRequired();
  static final Option<String> JAR = Option.string("jar",
      "A Java function: the JAR holding it (relative paths start at the pipeline file's directory). Loaded in a class"
          + " loader of its own that shares only io.tributary.api and slf4j with Tributary.");
  static final Option<String> CLASS = Option.string("class",
      "A Java function: the class in the JAR implementing io.tributary.api.function.ChangeFunction.");
  static final Option<String> CONFIG = Option.prefixed("config",
      "A Java function's own settings, handed to it as text (config.url: http://..., or a config: block).");
  static final Option<String> HTTP = Option.string("http",
      "An HTTP function: the URL batches of changes are POSTed to, as a JSON array in 'format'; the answer (same"
          + " format) replaces the batch, [] drops it, 204 passes it unchanged.");
  static final Option<String> FORMAT = Option.choice("format", List.of("canal-json", "debezium-json"),
      "An HTTP function's message format.").withDefault("canal-json");
  static final Option<Integer> BATCH_SIZE = Option.integer("batch-size",
      "An HTTP function's most events per request.").withDefault(100);
  static final Option<Integer> CONCURRENCY = Option.integer("concurrency",
      "An HTTP function's most requests in flight (changes of one row are never in two at once).").withDefault(4);
  static final Option<String> HEADERS = Option.prefixed("headers",
      "Extra request headers of an HTTP function (headers.Authorization: Bearer ${TOKEN}).");
  static final Option<Integer> MIN_INSTANCES = Option.integer("instances.min",
      "A Java function's fewest parallel instances, kept even when idle.").withDefault(1);
  static final Option<Integer> MAX_INSTANCES = Option.integer("instances.max",
      "A Java function's most parallel instances; the runtime adds them while the backlog needs more than one second"
          + " of work, and retires one per scale-down-after once it needs fewer.").withDefault(1);
  static final Option<Duration> TIMEOUT = Option.duration("timeout",
      "Longest one call (Java) or request (HTTP) may take; a Java call past it is interrupted and its instance"
          + " replaced.").withDefault(Duration.ofSeconds(30));
  static final Option<Integer> RETRIES = Option.integer("retries",
      "Attempts after the first before the event goes to the function's dead letters and the pipeline goes on.")
      .withDefault(3);
  static final Option<Duration> RETRY_BACKOFF = Option.duration("retry-backoff",
      "Pause before the first retry; each next pause doubles, up to 30s.").withDefault(Duration.ofMillis(500));
  static final Option<Duration> SCALE_DOWN_AFTER = Option.duration("scale-down-after",
      "How long the backlog must stay low before one instance is retired.").withDefault(Duration.ofSeconds(30));
  static final Option<String> DESCRIPTION = Option.string("description", "Free text, for people reading the file.");

  /** The keys of a {@code functions:} entry. */
  public static final List<Option<?>> OPTIONS = List.of(NAME, TABLES, JAR, CLASS, CONFIG, HTTP, FORMAT, BATCH_SIZE,
      CONCURRENCY, HEADERS, MIN_INSTANCES, MAX_INSTANCES, TIMEOUT, RETRIES, RETRY_BACKOFF, SCALE_DOWN_AFTER, DESCRIPTION);

  static void check(String file, List<Block> functions, Problems problems) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < functions.size(); i++) {
      Block block = functions.get(i);
      String name = block.value(NAME.key());
      String label = "functions[" + i + "]" + (name == null || name.isBlank() ? "" : " (" + name + ")");
      int before = problems.size();
      OptionCheck.check(label, block, OPTIONS, true, problems);
      if (name != null && !name.isBlank() && !names.add(name)) {
        problems.addForValue(block.positionOf(NAME.key()), label + ": another function is named '" + name + "'");
      }
      checkPattern(block, label, problems);
      checkKind(block, label, problems);
      if (problems.size() == before) {
        checkCode(file, block, label, problems);
      }
    }
  }

  private static void checkPattern(Block block, String label, Problems problems) {
    String regex = block.value(TABLES.key());
    if (regex != null && !regex.isBlank()) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        problems.addForValue(block.positionOf(TABLES.key()), label + ": 'tables' is not a regular expression: "
            + e.getDescription());
      }
    }
  }

  private static void checkKind(Block block, String label, Problems problems) {
    boolean java = given(block, JAR) || given(block, CLASS);
    boolean http = given(block, HTTP);
    if (java == http) {
      problems.add(block.position(), label + ": say what the function runs: 'jar' and 'class' for Java code, or 'http'"
          + " for an endpoint" + (java ? " — not both" : ""));
    } else if (java && !(given(block, JAR) && given(block, CLASS))) {
      problems.add(block.position(), label + ": a Java function needs both 'jar' and 'class'");
    }
  }

  /** Loads a Java function's class, and parses an HTTP function's URL, the way the runtime will. */
  private static void checkCode(String file, Block block, String label, Problems problems) {
    try {
      FunctionDefinition d = definition(file, block);
      if (d.code() instanceof FunctionCode.Java java) {
        JavaFunctionClass.load(d.name(), java).close();
      }
    } catch (ConfigException e) {
      String key = e.key() == null ? NAME.key() : e.key();
      problems.addForValue(block.positionOf(key), label + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      problems.add(block.position(), label + ": " + e.getMessage());
    }
  }

  static List<FunctionDefinition> of(String file, List<Block> functions) {
    List<FunctionDefinition> out = new ArrayList<>();
    for (Block block : functions) {
      out.add(definition(file, block));
    }
    return out;
  }

  private static FunctionDefinition definition(String file, Block block) {
    Config c = new Config(block.values(Set.of()));
    String name = c.require(NAME);
    boolean http = given(block, HTTP);
    FunctionCode code = http ? httpCode(c) : new FunctionCode.Java(jarPath(file, c.require(JAR)), c.require(CLASS),
        new Config(c.under("config")));
    int min = http ? 1 : c.get(MIN_INSTANCES);
    int max = http ? c.get(CONCURRENCY) : c.get(MAX_INSTANCES);
    if (min < 1 || max < min) {
      throw new ConfigException(http ? CONCURRENCY.key() : MAX_INSTANCES.key(), "instances need 1 <= min <= max, got min "
          + min + " and max " + max);
    }
    return new FunctionDefinition(name, Pattern.compile(c.require(TABLES)), code, min, max, c.get(TIMEOUT), c.get(RETRIES),
        c.get(RETRY_BACKOFF), c.get(SCALE_DOWN_AFTER));
  }

  private static FunctionCode.Http httpCode(Config c) {
    URI url;
    try {
      url = new URI(c.require(HTTP));
    } catch (URISyntaxException e) {
      throw new ConfigException(HTTP.key(), "'http' is not a URL: " + e.getMessage());
    }
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new ConfigException(HTTP.key(), "'http' must be an http:// or https:// URL, got " + url);
    }
    Format.of(c.get(FORMAT));
    int batchSize = c.get(BATCH_SIZE);
    if (batchSize < 1) {
      throw new ConfigException(BATCH_SIZE.key(), "'batch-size' must be at least 1");
    }
    return new FunctionCode.Http(url, c.get(FORMAT), batchSize, c.under("headers"));
  }

  private static Path jarPath(String file, String jar) {
    Path p = Path.of(jar);
    if (p.isAbsolute()) {
      return p;
    }
    Path dir = Path.of(file).toAbsolutePath().getParent();
    return dir == null ? p : dir.resolve(p).normalize();
  }

  private static boolean given(Block block, Option<?> option) {
    String v = block.value(option.key());
    return v != null && !v.isBlank();
  }
}
