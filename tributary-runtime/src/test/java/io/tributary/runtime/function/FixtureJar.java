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
public final class FixtureJar {
  private static final String PACKAGE = "io/tributary/runtime/function/fixture/";

  private FixtureJar() {}

  public static Path build(Path dir) throws IOException, URISyntaxException {
    return build(dir, new Class<?>[0]);
  }

  /** The fixture JAR with copies of {@code bundled} (from the class path) inside, as a careless fat JAR would have. */
  public static Path build(Path dir, Class<?>... bundled) throws IOException, URISyntaxException {
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
      for (Class<?> c : bundled) {
        String entry = c.getName().replace('.', '/') + ".class";
        try (java.io.InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
          j.putNextEntry(new JarEntry(entry));
          in.transferTo(j);
          j.closeEntry();
        }
      }
    }
    return jar;
  }
}
