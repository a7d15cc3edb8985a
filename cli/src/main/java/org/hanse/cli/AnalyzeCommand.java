package org.hanse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The main job: the assessment of the bundled city clusters. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Assess the city clusters.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("not wired yet");
  }
}
