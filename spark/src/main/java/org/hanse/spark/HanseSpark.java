package org.hanse.spark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.hanse.model.InvalidDatasetException;
import org.hanse.spark.interactions.InteractionsCommand;
import org.hanse.spark.network.NetworkCommand;
import org.hanse.spark.synthetic.GenerateCommand;
import org.hanse.spark.wcn.ConnectivityCommand;

/**
 * Entry point of the Spark jobs: {@code spark-submit --class org.hanse.spark.HanseSpark hanse-spark-submit.jar
 * COMMAND [OPTIONS]}, or {@code spark/bin/hanse-spark COMMAND [OPTIONS]} in local mode.
 *
 * <p>Exit status 0 on success, 2 on a user error (message on standard error, no stack trace), 1 on an internal
 * failure.
 */
public final class HanseSpark {
  private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

  static {
    for (Command c : List.of(new InteractionsCommand(), new ConnectivityCommand(), new NetworkCommand(),
        new GenerateCommand(GenerateCommand.Kind.CITIES), new GenerateCommand(GenerateCommand.Kind.EVENTS),
        new GenerateCommand(GenerateCommand.Kind.OFFICES))) {
      COMMANDS.put(c.name(), c);
    }
  }

  private HanseSpark() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err, null);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs one command.
   *
   * @param session a session to use (tests), or null to create one per the command line and stop it at the end
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, SparkSession session) {
    if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
      out.print(help());
      return args.length == 0 ? 2 : 0;
    }
    Command command = COMMANDS.get(args[0]);
    if (command == null) {
      err.println("hanse-spark: unknown command '" + args[0] + "'; commands: " + String.join(", ", COMMANDS.keySet()));
      return 2;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println("hanse-spark " + command.name() + ": " + command.description());
      out.println(command.usage());
      Command.commonHelp().forEach(out::println);
      return 0;
    }
    SparkSession[] created = new SparkSession[1];
    Command.SessionSupplier sessions = (appName, master) -> {
      if (session != null) {
        return session;
      }
      created[0] = SparkSessions.forJob(appName, master);
      return created[0];
    };
    try {
      JobArguments parsed = JobArguments.parse(command.name(), rest, command.valueOptions(), command.flagOptions());
      command.run(parsed, new Command.Context(out, sessions));
      return 0;
    } catch (UserInputException | InvalidDatasetException e) {
      err.println("hanse-spark " + command.name() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Scala code throws AnalysisException without declaring it: Spark's own report of an unreadable input (wrong
      // schema, unreadable file) is a user error, told in Spark's words.
      if (e instanceof AnalysisException ae) {
        err.println("hanse-spark " + command.name() + ": the input could not be read: " + ae.getSimpleMessage());
        return 2;
      }
      err.println("hanse-spark " + command.name() + ": failed: " + e);
      e.printStackTrace(err);
      return 1;
    } finally {
      if (created[0] != null) {
        created[0].stop();
      }
    }
  }

  static String help() {
    StringBuilder sb = new StringBuilder();
    sb.append("hanse-spark: Hanse's measures on Apache Spark for inputs too large for the embedded engine\n\n");
    sb.append("usage: hanse-spark COMMAND [OPTIONS]   (hanse-spark COMMAND --help for its options)\n\n");
    for (Command c : COMMANDS.values()) {
      sb.append(String.format("  %-18s %s%n", c.name(), c.description()));
    }
    return sb.toString();
  }
}
