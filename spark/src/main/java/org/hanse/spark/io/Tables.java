package org.hanse.spark.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.hanse.spark.UserInputException;

/**
 * Reading and writing the tables of the Spark jobs on any file system Hadoop knows (local, HDFS, S3 …): CSV with a
 * header row, tab-separated text, Parquet; and single CSV files in the layout {@code hanse import} reads.
 */
public final class Tables {
  private Tables() {}

  /** Table formats a job accepts. */
  public enum Format {
    CSV,
    TSV,
    PARQUET;

    public static Format parse(String s, String what) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(what + ": unknown format '" + s + "'; use csv, tsv or parquet");
      }
    }

    /** The format a path suggests: {@code .parquet} or a directory of Parquet files, {@code .tsv}, else CSV. */
    public static Format guess(SparkSession spark, String path) {
      String p = path.toLowerCase(Locale.ROOT);
      if (p.endsWith(".parquet") || p.endsWith(".parq")) {
        return PARQUET;
      }
      if (p.endsWith(".tsv") || p.endsWith(".tab")) {
        return TSV;
      }
      try {
        Path hp = new Path(path);
        FileSystem fs = hp.getFileSystem(conf(spark));
        if (fs.isDirectory(hp)) {
          for (FileStatus f : fs.listStatus(hp)) {
            if (f.getPath().getName().endsWith(".parquet")) {
              return PARQUET;
            }
          }
        }
      } catch (IOException e) {
        throw new UserInputException("cannot read " + path + ": " + e.getMessage(), e);
      }
      return CSV;
    }
  }

  static Configuration conf(SparkSession spark) {
    return spark.sparkContext().hadoopConfiguration();
  }

  /**
   * Fails with a clear message when none of the paths (globs allowed) names an existing file or directory.
   *
   * @param what what the input is, for the message (e.g. "--events")
   */
  public static void requireExists(SparkSession spark, String what, List<String> paths) {
    if (paths.isEmpty()) {
      throw new UserInputException(what + ": no input path given");
    }
    for (String p : paths) {
      try {
        Path hp = new Path(p);
        FileStatus[] found = hp.getFileSystem(conf(spark)).globStatus(hp);
        if (found == null || found.length == 0) {
          throw new UserInputException(what + ": input not found: " + p);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new UserInputException(what + ": cannot read " + p + ": " + e.getMessage(), e);
      }
    }
  }

  /** Reads a table with a header row (CSV, TSV) or a Parquet table; every CSV column is read as a string. */
  public static Dataset<Row> read(SparkSession spark, String what, String path, Format format) {
    requireExists(spark, what, List.of(path));
    return switch (format) {
      case PARQUET -> spark.read().parquet(path);
      case CSV -> spark.read().option("header", "true").option("mode", "PERMISSIVE").csv(path);
      case TSV -> spark.read().option("header", "true").option("sep", "\t").option("mode", "PERMISSIVE").csv(path);
    };
  }

  /** Reads a table, guessing its format from the path. */
  public static Dataset<Row> read(SparkSession spark, String what, String path) {
    requireExists(spark, what, List.of(path));
    return read(spark, what, path, Format.guess(spark, path));
  }

  /** Fails with the list of missing and present columns when the table lacks one of the required columns. */
  public static void requireColumns(Dataset<Row> table, String what, String... required) {
    Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    present.addAll(Arrays.asList(table.columns()));
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!present.contains(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new UserInputException(what + ": missing column(s) " + missing + "; the file has " + Arrays.asList(table.columns()));
    }
  }

  /** True when the table has the column (case-insensitive, as Spark resolves names). */
  public static boolean hasColumn(Dataset<Row> table, String column) {
    for (String c : table.columns()) {
      if (c.equalsIgnoreCase(column)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Prepares an output directory: refuses a non-empty one unless {@code overwrite}, in which case it is emptied.
   */
  public static void prepareOutput(SparkSession spark, String dir, boolean overwrite) {
    try {
      Path hp = new Path(dir);
      FileSystem fs = hp.getFileSystem(conf(spark));
      if (fs.exists(hp)) {
        if (!fs.isDirectory(hp)) {
          throw new UserInputException("--output " + dir + " is a file, not a directory");
        }
        if (fs.listStatus(hp).length > 0) {
          if (!overwrite) {
            throw new UserInputException("--output " + dir + " is not empty; choose another directory or add --overwrite");
          }
          fs.delete(hp, true);
        }
      }
      fs.mkdirs(hp);
    } catch (IOException e) {
      throw new UserInputException("cannot prepare output directory " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes a table as Parquet under {@code dir/name}. */
  public static void writeParquet(Dataset<Row> table, String dir, String name) {
    table.write().mode(SaveMode.Overwrite).parquet(child(dir, name));
  }

  /**
   * Writes a table as one UTF-8 CSV file {@code dir/fileName} with a header row, fields quoted as RFC 4180 wants
   * (quotes doubled), nulls as empty fields: the layout {@code hanse import} and spreadsheet programs read. The
   * table passes through one task, so this is for result tables, not for raw inputs.
   */
  public static void writeSingleCsv(SparkSession spark, Dataset<Row> table, String dir, String fileName) {
    String tmp = child(dir, "_tmp_" + fileName);
    table.coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("nullValue", "")
        .option("emptyValue", "")
        .option("encoding", "UTF-8")
        .csv(tmp);
    try {
      Path tmpPath = new Path(tmp);
      FileSystem fs = tmpPath.getFileSystem(conf(spark));
      Path part = null;
      for (FileStatus f : fs.listStatus(tmpPath)) {
        if (f.getPath().getName().startsWith("part-")) {
          part = f.getPath();
        }
      }
      Path target = new Path(child(dir, fileName));
      fs.delete(target, false);
      if (part == null) {
        // An empty result: still a valid file for import, with its header row.
        try (var out = fs.create(target, true)) {
          out.write((String.join(",", table.columns()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      } else if (!fs.rename(part, target)) {
        throw new IOException("could not move " + part + " to " + target);
      }
      fs.delete(tmpPath, true);
    } catch (IOException e) {
      throw new IllegalStateException("writing " + fileName + " failed: " + e.getMessage(), e);
    }
  }

  /** {@code dir/name} without doubling the separator. */
  public static String child(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }
}
