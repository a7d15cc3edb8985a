package org.hanse.cli.store;

import java.util.Optional;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import picocli.CommandLine.Option;

/**
 * The options every knowledge-base command shares: which database, and as whom it writes. Whoever can open the
 * database file (or holds the PostgreSQL password) could change it directly, so by default the command line acts as
 * an administrator recorded as {@code cli:<login name>}; with an API token in {@code HANSE_TOKEN} it acts as the
 * token's user instead, and every write is then checked against that user's role and city scope.
 */
public final class StoreAccess {
  /** Environment variable holding an API token to act as its user. */
  public static final String TOKEN_VARIABLE = "HANSE_TOKEN";

  @Option(names = "--db", paramLabel = "URL",
      description = "Database: jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB?user=…&password=… (default: HANSE_DB,"
          + " else the H2 file under $HANSE_HOME, default ~/.hanse)")
  String db;

  /** Opens the store, loading the bundled data first when it is empty. */
  HanseStore openLoaded() {
    return Snapshots.openLoaded(db);
  }

  /** Opens the store as it is. */
  HanseStore open() {
    return HanseStore.open(Snapshots.jdbcUrl(db));
  }

  /**
   * Where {@code HANSE_TOKEN} is read from: the process environment. In-process tests of the commands replace it,
   * because a running JVM cannot change its own environment.
   */
  static java.util.function.UnaryOperator<String> environment = System::getenv;

  /** Who the command acts as. */
  Principal who(HanseStore store) {
    return who(store, environment.apply(TOKEN_VARIABLE));
  }

  /** Who the command acts as, given the value of {@code HANSE_TOKEN} (null when unset). */
  static Principal who(HanseStore store, String token) {
    if (token != null && !token.isBlank()) {
      Optional<Principal> p = store.authenticator().principalForToken(token.strip());
      return p.orElseThrow(() -> new UserError(TOKEN_VARIABLE + " holds a token that is unknown, revoked or"
          + " belongs to a disabled user"));
    }
    return Principal.operator(operatorName());
  }

  static String operatorName() {
    String login = System.getProperty("user.name", "");
    return "cli:" + (login.isBlank() ? "unknown" : login);
  }
}
