package io.tributary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Tributary's version, from the build (a resource filtered by Maven). */
final class VersionInfo implements IVersionProvider {

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Tributary's version", e);
    }
    return properties.getProperty("version", "unknown");
  }

  /** {@code tributary 0.1.0 (Java 17.0.15)}. */
  static String line() {
    return "tributary " + version() + " (Java " + Runtime.version() + ")";
  }

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }
}
