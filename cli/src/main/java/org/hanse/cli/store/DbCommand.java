package org.hanse.cli.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.store.io.ImportReport;
import org.hanse.store.write.PlannedChange;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.backup.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanse db}: the database itself: where it is, backups and restores. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "The knowledge-base database: status, backup and restore (records with their whole history,"
        + " users, API tokens and the audit trail).",
    subcommands = {DbCommand.Status.class, DbCommand.BackupCmd.class, DbCommand.Restore.class,
        DbCommand.ReloadBundle.class})
public final class DbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void requireAdministrator(Principal who, String what) {
    if (who.role() != Role.ADMINISTRATOR) {
      throw new UserError(who.username() + " (" + who.scopeDescription() + ") may not " + what
          + ": administrators only");
    }
  }

  static void print(PrintWriter out, Backup.Summary s) {
    for (Map.Entry<String, Long> e : s.rows().entrySet()) {
      out.println("  " + e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " row" : " rows"));
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Which database is used and how many current records of each kind it holds.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("database: " + store.url() + " (" + store.product() + ")");
        if (store.isEmpty()) {
          out.println("empty: the bundled data is loaded on the first 'hanse analyze' or 'hanse import'");
        }
        for (Map.Entry<String, Long> e : store.counts().entrySet()) {
          out.println("  " + e.getKey() + ": " + e.getValue());
        }
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "backup", mixinStandardHelpOptions = true,
      description = "Write everything (records and their history, users, tokens, audit trail) to a ZIP file.")
  static final class BackupCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Parameters(index = "0", paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        requireAdministrator(access.who(store), "back up the database");
        Backup.Summary s = store.backup(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + file + ": " + s.total() + " rows (schema version " + s.schemaVersion() + ")");
        print(out, s);
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Restore a backup into an empty database, or with --replace into this one (its content is"
          + " deleted in the same transaction, so a failed restore changes nothing).")
  static final class Restore implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Parameters(index = "0", paramLabel = "FILE") Path file;

    @Option(names = "--replace", description = "Replace what the database holds now")
    boolean replace;

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        Principal who = access.who(store);
        requireAdministrator(who, "restore the database");
        Backup.Summary s = store.restore(file, replace, who.username());
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + file + ": " + s.total() + " rows (schema version " + s.schemaVersion() + ")");
        print(out, s);
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "reload-bundle", mixinStandardHelpOptions = true,
      description = {
        "Apply the bundled data folder (HANSE_DATA, default ./data) to the database after it was rebuilt: its"
            + " records are imported as changes, in one transaction, and the database then records that it holds"
            + " this bundle (the warning of the analysis commands stops).",
        "Records that the new bundle adds are added and those it changes get a new version (their history is"
            + " kept); records you entered or imported are kept, and so are bundled records that the new bundle no"
            + " longer has (delete them by hand if needed). Administrators only."
      })
  static final class ReloadBundle implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Option(names = "--data", paramLabel = "DIR", description = "the data folder (default: HANSE_DATA or ./data)")
    Path data;

    @Option(names = "--dry-run", description = "Check and show what would change, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
      Path dir = data != null ? data : Bundles.defaultDataDir();
      Dataset bundle = Snapshots.readBundle(dir);
      String checksum = Bundles.checksum(dir);
      PrintWriter out = spec.commandLine().getOut();
      try (HanseStore store = access.open()) {
        Principal who = access.who(store);
        requireAdministrator(who, "reload the bundled data");
        if (store.isEmpty()) {
          if (!dryRun) {
            store.loadBaseline(bundle, checksum);
          }
          out.println((dryRun ? "would load " : "loaded ") + dir + " into the empty database");
          out.flush();
          return 0;
        }
        if (store.bundleChecksum().map(s -> s[0].equals(checksum)).orElse(false)) {
          out.println("the database already holds the bundle in " + dir + "; nothing to do");
          out.flush();
          return 0;
        }
        java.util.List<Path> files = Bundles.RECORD_FILES.stream().filter(f -> !f.equals("manifest.csv"))
            .map(dir::resolve).filter(java.nio.file.Files::isRegularFile).toList();
        ImportReport r = store.importPaths(who, files, java.nio.charset.StandardCharsets.UTF_8, dryRun);
        if (!r.valid()) {
          throw new UserError("the bundle in " + dir + " cannot be applied, nothing was written:\n" + r.render(20));
        }
        if (!dryRun) {
          store.recordBundleChecksum(checksum);
        }
        out.println((dryRun ? "would apply " : "applied ") + dir + ": " + r.count(PlannedChange.Action.ADDED)
            + " records added, " + r.count(PlannedChange.Action.CHANGED) + " changed, "
            + r.count(PlannedChange.Action.UNCHANGED) + " unchanged; records not in the bundle kept");
        out.flush();
      }
      return 0;
    }
  }
}
