package io.tributary.runtime.function;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one function JAR. The function sees the JDK, Tributary's api ({@code
 * io.tributary.api}) and slf4j from Tributary, and everything else from its own JAR first: a
 * function may bundle any version of any library (Jackson, an HTTP client) without clashing with
 * Tributary's or another function's.
 */
final class FunctionClassLoader extends URLClassLoader {
  private static final String[] SHARED = {"io.tributary.api.", "org.slf4j."};
  private final ClassLoader tributary;

  FunctionClassLoader(String function, URL jar, ClassLoader tributary) {
    super("function-" + function, new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    this.tributary = tributary;
  }

  static {
    registerAsParallelCapable();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (shared(name)) {
      return tributary.loadClass(name);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException notInJar) {
          c = getParent().loadClass(name);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  private static boolean shared(String name) {
    for (String prefix : SHARED) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
    all.addAll(Collections.list(getParent().getResources(name)));
    return Collections.enumeration(all);
  }
}
