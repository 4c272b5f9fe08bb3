package io.finnexus.app.bench;

import io.finnexus.bench.LoadProfile;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The load-shape options of the bench harnesses ({@code --profile steady|stress|spike} and the
 * targets that define recovery), passed on to the harness only when given.
 */
public final class LoadShapeOptions {

  @Option(
      names = "--profile",
      defaultValue = "steady",
      description =
          "steady (the rate), stress (rising steps until a target breaks), spike (10x the rate"
              + " for --spike-s, then back; reports recovery time). Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = "--target-p99-ms", description = "Healthy p99 latency (default 500).")
  Long targetP99Millis;

  @Option(names = "--target-lag", description = "Healthy consumer lag, records (default: 1 s).")
  Long targetLag;

  @Option(names = "--base-s", description = "Seconds at the rate before a spike (default 15).")
  Integer baseSeconds;

  @Option(names = "--spike-s", description = "Seconds of the spike (default 30).")
  Integer spikeSeconds;

  @Option(names = "--recovery-limit-s", description = "Give up recovery after (default 180).")
  Integer recoveryLimitSeconds;

  @Option(names = "--step-s", description = "Seconds per stress step (default 10).")
  Integer stepSeconds;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The chosen shape; an unknown name is a usage error (exit 1, one line). */
  LoadProfile profile() {
    try {
      return LoadProfile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
  }

  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of("--profile", profile));
    add(args, "--target-p99-ms", targetP99Millis);
    add(args, "--target-lag", targetLag);
    add(args, "--base-s", baseSeconds);
    add(args, "--spike-s", spikeSeconds);
    add(args, "--recovery-limit-s", recoveryLimitSeconds);
    add(args, "--step-s", stepSeconds);
    return args;
  }

  private static void add(List<String> args, String name, Object value) {
    if (value != null) {
      args.add(name);
      args.add(value.toString());
    }
  }
}
