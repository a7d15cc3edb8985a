package org.hanse.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** One {@code hanse-spark} command. */
public interface Command {
  /** The word that selects the command. */
  String name();

  /** One line for the command list. */
  String description();

  /** The options with their meaning, for {@code --help}. */
  String usage();

  /** Options that take a value. */
  Set<String> valueOptions();

  /** Options without a value. */
  Set<String> flagOptions();

  /**
   * Runs the command.
   *
   * @param args    parsed options
   * @param context where to print and which session to use
   */
  void run(JobArguments args, Context context);

  /**
   * What a command runs with.
   *
   * @param out      standard output (the summary)
   * @param session  supplies the SparkSession; a session the command did not create is not stopped
   */
  record Context(PrintStream out, SessionSupplier session) {}

  /** Creates or reuses the SparkSession, given the job name and the {@code --master} option. */
  @FunctionalInterface
  interface SessionSupplier {
    org.apache.spark.sql.SparkSession get(String appName, String master);
  }

  /** Options every command accepts. */
  Set<String> COMMON_VALUE_OPTIONS = Set.of("master");

  static List<String> commonHelp() {
    return List.of("  --master URL            Spark master (default: as spark-submit sets it, else local[*])");
  }
}
