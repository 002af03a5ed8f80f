package io.tributary.runtime.function;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs the compiled fixture functions into a JAR, as a user's build would. */
final class FixtureJar {
  private static final String PACKAGE = "io/tributary/runtime/function/fixture/";

  private FixtureJar() {}

  static Path build(Path dir) throws IOException, URISyntaxException {
    Path classes = Path.of(FixtureJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = dir.resolve("fixture-functions.jar");
    List<Path> files;
    try (Stream<Path> s = Files.list(classes.resolve(PACKAGE))) {
      files = s.filter(p -> p.toString().endsWith(".class")).toList();
    }
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (Path f : files) {
        j.putNextEntry(new JarEntry(PACKAGE + f.getFileName()));
        j.write(Files.readAllBytes(f));
        j.closeEntry();
      }
    }
    return jar;
  }
}
