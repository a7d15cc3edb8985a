package org.hanse.cli.serve;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import org.hanse.server.HanseServer;
import org.hanse.server.ServerConfig;
import org.hanse.server.service.StandardAnalysis;
import org.hanse.server.service.StoreHanseService;
import org.hanse.store.HanseStore;
import org.hanse.store.StoreUserException;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.Users;

/** {@code hanse serve}: the web dashboard and the REST API over the same knowledge base as the other commands. */
@picocli.CommandLine.Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web dashboard (简体中文 / English) and the REST API on this machine.",
      "",
      "Open http://localhost:PORT/ in a browser; the API is under /api/v1 and described at /openapi.json.",
      "The server reads and writes the same database as the other commands (--db, else HANSE_DB, else the H2",
      "file under HANSE_HOME); an empty database first gets the bundled data. Users sign in with the accounts",
      "of 'hanse user'; scripts send a token of 'hanse user token create'. If HANSE_ADMIN_PASSWORD is set and",
      "there is no user 'admin', an administrator 'admin' with that password is created first."
    })
public final class ServeCommand implements Callable<Integer> {
  /** The user name of the administrator created from {@code HANSE_ADMIN_PASSWORD}. */
  public static final String ADMIN = "admin";

  @picocli.CommandLine.Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @picocli.CommandLine.Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @picocli.CommandLine.Option(names = "--db", paramLabel = "URL",
      description = "database: jdbc:h2:file:… or jdbc:postgresql://… (default: HANSE_DB, else an H2 file under "
          + "HANSE_HOME, default ~/.hanse)")
  String db;

  @picocli.CommandLine.Option(names = "--secure-cookies",
      description = "mark cookies Secure (when a TLS proxy serves Hanse over https)")
  boolean secureCookies;

  @picocli.CommandLine.Option(names = "--no-warm-up", negatable = false,
      description = "do not prepare the assessment, the Advice page's default answers and the first pages in the"
          + " background after start (they are then computed by the first request that needs them)")
  boolean noWarmUp;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535, not " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    HanseStore store;
    try {
      store = HanseStore.open(Snapshots.jdbcUrl(db));
    } catch (StoreUserException e) {
      throw new UserError(e.getMessage(), e);
    }
    HanseServer server;
    StoreHanseService service;
    try {
      if (store.isEmpty()) {
        out.println("Loading the bundled data into the database (first run only) …");
        out.flush();
      }
      Snapshots.loadBundleIfEmpty(store, null);
      boolean adminCreated = bootstrapAdmin(store, System.getenv());
      if (adminCreated) {
        out.println("Created the administrator '" + ADMIN + "' with the password in HANSE_ADMIN_PASSWORD.");
      }
      service = new StoreHanseService(store, StandardAnalysis::new, Clock.systemUTC());
      server = HanseServer.start(service, new ServerConfig(host, port, secureCookies, Duration.ofHours(8)));
    } catch (HanseServer.BindFailedException | StoreUserException e) {
      store.close();
      throw new UserError(e.getMessage(), e);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "hanse-serve-shutdown"));
    if (!noWarmUp) {
      server.warmUp().whenComplete((took, failure) -> {
        if (failure == null) {
          out.printf(java.util.Locale.ROOT, "Prepared the assessment, the Advice page's default answers and the first"
              + " pages (%.1f s)%n", took.toMillis() / 1000.0);
        } else {
          out.println("Could not prepare the default answers in advance (" + failure.getMessage()
              + "); the pages compute them on request");
        }
        out.flush();
      });
    }
    Dataset dataset = service.dataset();
    String shownHost = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    out.printf("Hanse is serving %s from %s (%d cities, %d clusters, %d ties) at http://%s:%d/  (Ctrl-C stops it)%n",
        dataset.label(), store.url(), dataset.cities().size(), dataset.clusters().size(), dataset.ties().size(),
        shownHost, server.port());
    if (store.users().list().isEmpty()) {
      out.println("No user can sign in yet: add one with 'hanse user add', or set HANSE_ADMIN_PASSWORD.");
    }
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * Creates the administrator {@value #ADMIN} with the password in {@code HANSE_ADMIN_PASSWORD} when the variable
   * is set and no such user exists. An existing account is left as it is: its password is changed with
   * {@code hanse user password}, never silently by an environment variable.
   *
   * @return true when the account was created
   */
  static boolean bootstrapAdmin(HanseStore store, Map<String, String> env) {
    String password = env.get("HANSE_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      return false;
    }
    if (store.users().find(ADMIN).isPresent()) {
      return false;
    }
    if (password.length() < Users.MIN_PASSWORD_LENGTH) {
      throw new UserError("HANSE_ADMIN_PASSWORD must be at least " + Users.MIN_PASSWORD_LENGTH + " characters long");
    }
    store.users().add(Principal.operator("serve"),
        new Users.Spec(ADMIN, "Administrator", Role.ADMINISTRATOR, Set.of(), Set.of(), false),
        password.toCharArray());
    return true;
  }
}
