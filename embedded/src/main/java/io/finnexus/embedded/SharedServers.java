package io.finnexus.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One lazily started ephemeral server of each kind per JVM, stopped (newest first) by a JVM
 * shutdown hook: test classes share them instead of each paying the startup.
 */
final class SharedServers {

  private static final Map<Class<?>, EmbeddedServer> STARTED = new LinkedHashMap<>();
  private static boolean hookInstalled;

  private SharedServers() {}

  /** The shared server of {@code type}, started by {@code factory} on first use. */
  static synchronized <T extends EmbeddedServer> T get(Class<T> type, Supplier<T> factory) {
    EmbeddedServer server = STARTED.get(type);
    if (server == null) {
      installHook();
      server = factory.get();
      server.start();
      STARTED.put(type, server);
    }
    return type.cast(server);
  }

  private static void installHook() {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SharedServers::closeAll, "embedded-servers-shutdown"));
      hookInstalled = true;
    }
  }

  private static synchronized void closeAll() {
    List<EmbeddedServer> servers = new ArrayList<>(STARTED.values());
    for (int i = servers.size() - 1; i >= 0; i--) {
      try {
        servers.get(i).close();
      } catch (RuntimeException e) {
        System.err.println("could not stop " + servers.get(i) + ": " + e);
      }
    }
    STARTED.clear();
  }
}
