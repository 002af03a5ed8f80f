package io.tributary.bench.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Packs classes of this package into a JAR of their own, read from the class path (the bench JAR). */
final class FunctionJar {
  private FunctionJar() {}

  static Path of(Class<?>... classes) throws IOException {
    Path jar = Files.createTempFile("tributary-bench-functions", ".jar");
    jar.toFile().deleteOnExit();
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      for (Class<?> c : classes) {
        String entry = c.getName().replace('.', '/') + ".class";
        try (InputStream in = FunctionJar.class.getClassLoader().getResourceAsStream(entry)) {
          if (in == null) {
            throw new IOException(entry + " is not on the class path");
          }
          j.putNextEntry(new JarEntry(entry));
          in.transferTo(j);
          j.closeEntry();
        }
      }
    }
    return jar;
  }
}
