package org.hanse.cli;

import picocli.CommandLine;

/** Entry point of the {@code hanse} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code: 0 success, 1 failure, 2 user error. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new HanseCommand());
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    cl.setParameterExceptionHandler(new UserErrorHandler.Parameters());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
