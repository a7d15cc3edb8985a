package org.hanse.cli.advise;

import java.util.List;
import org.hanse.advise.scenario.Scenario;
import org.hanse.advise.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hanse scenario example}: prints a scenario file using every kind of change, to start from. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = {"Print an example scenario file (every kind of change) on the bundled 京津冀 cluster."})
public final class ScenarioExampleCommand implements Runnable {
  @Spec CommandSpec spec;

  /** The example: ids of the bundled data (Beijing 1816670, Zhangjiakou 2033196, Tianjin 1792947, Lyon 2996944). */
  static Scenario example() {
    return Scenario.named("jjj-example", "Tianjin twins with Lyon, Zhangjiakou joins a new network, Beijing and"
            + " Zhangjiakou co-host a Specialised Expo, a fifth of Beijing's missions move to Tianjin")
        .withActor(new Scenario.ActorSpec("net-example", "city_network", "Example mountain cities network", "", "",
            ""))
        .withTie(new Scenario.TieSpec("sister_city", "1792947", "2996944", 2027, null, null, ""))
        .withTie(new Scenario.TieSpec("network_membership", "2033196", "net-example", 2027, null, null, ""))
        .withEvent(new Scenario.EventSpec("event-specialised-expo", "2032", 2032, List.of("1816670", "2033196")))
        .withHandover(new Scenario.HandoverSpec("1816670", "1792947", "political_exchange", 0.2));
  }

  @Override
  public void run() {
    spec.commandLine().getOut().println(ScenarioFiles.toJson(example()));
    spec.commandLine().getOut().flush();
  }
}
