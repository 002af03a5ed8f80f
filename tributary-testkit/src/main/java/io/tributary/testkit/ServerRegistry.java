package io.tributary.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Servers still open in this JVM; a shutdown hook closes them so no process or data folder outlives the tests. */
final class ServerRegistry {

  private static final Set<ThrowawayServer> OPEN = new LinkedHashSet<>();
  private static boolean hookInstalled;

  private ServerRegistry() {}

  static synchronized void register(ThrowawayServer server) {
    if (!hookInstalled) {
      Runtime.getRuntime().addShutdownHook(new Thread(ServerRegistry::closeAll, "tributary-testkit-shutdown"));
      hookInstalled = true;
    }
    OPEN.add(server);
  }

  static synchronized void unregister(ThrowawayServer server) {
    OPEN.remove(server);
  }

  private static void closeAll() {
    List<ThrowawayServer> servers;
    synchronized (ServerRegistry.class) {
      servers = new ArrayList<>(OPEN);
    }
    for (ThrowawayServer server : servers) {
      try {
        server.shutDown();
      } catch (RuntimeException e) {
        // The JVM is exiting; the next best thing is to try the remaining servers.
      }
    }
  }
}
