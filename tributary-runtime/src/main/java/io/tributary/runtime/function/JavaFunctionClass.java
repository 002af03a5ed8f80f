package io.tributary.runtime.function;

import io.tributary.api.ConfigException;
import io.tributary.api.function.ChangeFunction;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.nio.file.Files;

/**
 * A Java function's class, loaded from its JAR in its own {@link FunctionClassLoader} and checked:
 * it implements {@link ChangeFunction} and has a public no-argument constructor. Makes the
 * instances. Thread-safe.
 */
public final class JavaFunctionClass implements AutoCloseable {
  private final String function;
  private final FunctionClassLoader loader;
  private final Constructor<? extends ChangeFunction> constructor;

  private JavaFunctionClass(String function, FunctionClassLoader loader, Constructor<? extends ChangeFunction> constructor) {
    this.function = function;
    this.loader = loader;
    this.constructor = constructor;
  }

  /**
   * Loads and checks the class.
   *
   * @throws ConfigException naming the function, the JAR and what is wrong with it
   */
  public static JavaFunctionClass load(String function, FunctionCode.Java code) {
    String where = "function '" + function + "': ";
    if (!Files.isRegularFile(code.jar())) {
      throw new ConfigException("jar", where + "jar " + code.jar().toAbsolutePath() + " does not exist; build it or fix the path");
    }
    FunctionClassLoader loader;
    try {
      loader = new FunctionClassLoader(function, code.jar().toUri().toURL(), ChangeFunction.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new ConfigException("jar", where + "jar path " + code.jar() + " is not usable: " + e.getMessage());
    }
    try {
      Class<?> c = Class.forName(code.className(), false, loader);
      if (!ChangeFunction.class.isAssignableFrom(c)) {
        throw new ConfigException("class", where + "class " + code.className() + " does not implement "
            + ChangeFunction.class.getName());
      }
      if (Modifier.isAbstract(c.getModifiers())) {
        throw new ConfigException("class", where + "class " + code.className() + " is abstract or an interface");
      }
      return new JavaFunctionClass(function, loader, c.asSubclass(ChangeFunction.class).getConstructor());
    } catch (ClassNotFoundException e) {
      closeQuietly(loader);
      throw new ConfigException("class", where + "class " + code.className() + " is not in " + code.jar()
          + "; give its full binary name (package.Class, package.Outer$Inner)");
    } catch (NoSuchMethodException e) {
      closeQuietly(loader);
      throw new ConfigException("class", where + "class " + code.className() + " has no public no-argument constructor");
    } catch (LinkageError e) {
      closeQuietly(loader);
      throw new ConfigException("class", where + "class " + code.className() + " cannot be loaded: " + e);
    }
  }

  /** A new instance, made with the class loader as the thread's context loader. */
  ChangeFunction newInstance() throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      t.setContextClassLoader(before);
    }
  }

  ClassLoader loader() {
    return loader;
  }

  String function() {
    return function;
  }

  @Override
  public void close() {
    closeQuietly(loader);
  }

  private static void closeQuietly(FunctionClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // nothing is left to release
    }
  }
}
