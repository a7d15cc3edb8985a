package org.hanse.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession of a job. Under {@code spark-submit} the master and resources come from the submit
 * command; run with plain {@code java} (the launcher script, tests) the job runs in local mode.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The session for a command-line job.
   *
   * @param appName shown in the Spark UI
   * @param master  {@code --master} given on the Hanse command line, or {@code null} to keep the submit setting
   *                (local[*] when there is none)
   */
  public static SparkSession forJob(String appName, String master) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    // Event and firm tables are wide, few-column scans; adaptive execution sizes the shuffles to the data.
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    // The interactions aggregate is cached and read twice. Without this, adaptive execution keeps a cached plan's
    // output partitioning, so the cache holds spark.sql.shuffle.partitions (200) mostly empty partitions and every
    // later stage runs that many tasks; with it, the shuffle is coalesced to the data as elsewhere.
    conf.setIfMissing("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * A small local session for tests and examples: local[2], no UI, loopback only, 2 shuffle partitions (one per
   * core: small inputs gain nothing from more tasks, and each task costs scheduling time).
   */
  public static SparkSession local(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "true")
        .getOrCreate();
  }
}
