package io.finnexus.streams;

/**
 * The few command-line options of the runnable jar, applied over the settings from the environment:
 * {@code --bootstrap HOST:PORT}. Anything else is refused with a usage message.
 */
final class CommandLine {

  private CommandLine() {}

  static StreamsSettings apply(StreamsSettings settings, String[] args) {
    StreamsSettings result = settings;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--bootstrap=")) {
        result = result.withBootstrapServers(arg.substring("--bootstrap=".length()));
      } else if (arg.equals("--bootstrap") && i + 1 < args.length) {
        result = result.withBootstrapServers(args[++i]);
      } else {
        throw new IllegalArgumentException(
            "unknown option " + arg + "; usage: fraud-streams [--bootstrap HOST:PORT]");
      }
    }
    return result;
  }
}
