package org.hanse.cli.serve;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hanse.cli.UserError;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.server.HanseServer;
import org.hanse.server.ServerConfig;
import org.hanse.server.service.InMemoryHanseService;
import org.hanse.server.service.Role;
import org.hanse.server.service.StandardAnalysis;
import org.hanse.server.service.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse serve}: the web dashboard and the REST API on localhost. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web dashboard (简体中文 / English) and the REST API on this machine.",
      "",
      "Open http://localhost:PORT/ in a browser; the API is under /api/v1 and described at /openapi.json.",
      "Set HANSE_ADMIN_PASSWORD to allow an administrator 'admin' to sign in, and HANSE_API_TOKEN to give",
      "scripts that administrator's rights; without them the server is read-only."
    })
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the bundled data folder (default: the hanse.data property, HANSE_DATA, or ./data)")
  Path data;

  @Option(names = "--secure-cookies",
      description = "mark cookies Secure (when a TLS proxy serves Hanse over https)")
  boolean secureCookies;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535, not " + port);
    }
    Path dir = data != null ? data : Bundles.defaultDataDir();
    if (!Files.isDirectory(dir)) {
      throw new UserError("no data folder at " + dir + " (give one with --data or HANSE_DATA)");
    }
    Dataset dataset;
    try {
      dataset = BundleReader.read(dir);
    } catch (RuntimeException e) {
      throw new UserError("cannot read the data in " + dir + ": " + e.getMessage(), e);
    }
    List<UserAccount> users = new ArrayList<>();
    String adminPassword = System.getenv("HANSE_ADMIN_PASSWORD");
    if (adminPassword != null && !adminPassword.isBlank()) {
      users.add(UserAccount.withPassword("admin", Role.ADMIN, "", adminPassword));
    }
    String token = System.getenv("HANSE_API_TOKEN");
    Map<String, String> tokens = Map.of();
    if (token != null && !token.isBlank()) {
      if (users.isEmpty()) {
        throw new UserError("HANSE_API_TOKEN needs HANSE_ADMIN_PASSWORD: the token acts as the administrator");
      }
      if (token.strip().length() < 16) {
        throw new UserError("HANSE_API_TOKEN must be at least 16 characters long");
      }
      tokens = Map.of(token.strip(), "admin");
    }
    InMemoryHanseService service = new InMemoryHanseService(dataset, users, tokens, StandardAnalysis::new,
        Clock.systemUTC());
    HanseServer server;
    try {
      server = HanseServer.start(service, new ServerConfig(host, port, secureCookies, Duration.ofHours(8)));
    } catch (HanseServer.BindFailedException e) {
      throw new UserError(e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "hanse-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    String shownHost = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    out.printf("Hanse is serving %s (%d cities, %d clusters, %d ties) at http://%s:%d/  (Ctrl-C stops it)%n",
        dataset.label(), dataset.cities().size(), dataset.clusters().size(), dataset.ties().size(), shownHost,
        server.port());
    if (users.isEmpty()) {
      out.println("Read-only: set HANSE_ADMIN_PASSWORD to allow signing in.");
    }
    out.flush();
    stopped.await();
    return 0;
  }
}
