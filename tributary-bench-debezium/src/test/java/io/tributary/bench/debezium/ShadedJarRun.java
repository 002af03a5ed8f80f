package io.tributary.bench.debezium;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a shaded peer JAR as the bench does, in a child JVM; stdout and stderr are kept in files. */
record ShadedJarRun(int exitCode, String stdout, String stderr) {

  static ShadedJarRun of(Path jar, Path work, List<String> arguments) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path stdout = work.resolve("stdout.txt");
    Path stderr = work.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the peer JAR did not finish in 5 minutes; see " + stderr);
    }
    return new ShadedJarRun(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
