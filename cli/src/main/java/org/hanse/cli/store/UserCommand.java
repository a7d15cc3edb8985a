package org.hanse.cli.store;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.hanse.cli.UserError;
import org.hanse.store.HanseStore;
import org.hanse.store.access.ApiToken;
import org.hanse.store.access.Role;
import org.hanse.store.access.UserAccount;
import org.hanse.store.access.Users;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanse user}: accounts, roles, city scopes, passwords and API tokens. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "Manage the users of the knowledge base: roles (admin, coordinator, editor, viewer), their city or cluster"
          + " scope, passwords (stored as Argon2id hashes) and API tokens (stored hashed, revocable).",
      "",
      "Roles: admin changes everything and manages users; coordinator changes the records of the member cities of"
          + " their clusters; editor changes the records of their cities; viewer only reads."
    },
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Disable.class,
      UserCommand.Enable.class,
      UserCommand.Password.class,
      UserCommand.Token.class
    })
public final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Role role(String key) {
    String k = key.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (k) {
      case "admin", "administrator" -> Role.ADMINISTRATOR;
      case "coordinator", "cluster-coordinator" -> Role.COORDINATOR;
      case "editor", "city-editor" -> Role.EDITOR;
      case "viewer" -> Role.VIEWER;
      default -> throw new UserError("unknown role '" + key + "'; use admin, coordinator, editor or viewer");
    };
  }

  static String roleName(Role r) {
    return r == Role.ADMINISTRATOR ? "admin" : r.key();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Add a user. The password is read from the console (twice, not echoed), or from"
          + " --password-file / --password-env for scripts; --no-password makes an account for API tokens only.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;
    @Mixin Passwords passwords;

    @Parameters(index = "0", paramLabel = "NAME", description = "User name (2–64 letters, digits, . _ - @)")
    String username;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "admin, coordinator, editor or viewer")
    String role;

    @Option(names = "--city", paramLabel = "ID", split = ",", description = "An editor's cities (GeoNames ids)")
    List<String> cities = List.of();

    @Option(names = "--cluster", paramLabel = "ID", split = ",", description = "A coordinator's clusters, e.g. yrd")
    List<String> clusters = List.of();

    @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown to people")
    String displayName;

    @Option(names = "--no-password", description = "No password: the account can use API tokens but not sign in")
    boolean noPassword;

    @Override
    public Integer call() {
      Users.Spec s = new Users.Spec(username, displayName, role(role), Set.copyOf(cities), Set.copyOf(clusters),
          false);
      if (noPassword && passwords.given()) {
        throw new UserError("--no-password cannot be combined with --password-file or --password-env");
      }
      try (HanseStore store = access.openLoaded()) {
        char[] password = noPassword ? null : passwords.read(username);
        try {
          if (password != null && password.length < Users.MIN_PASSWORD_LENGTH) {
            throw new UserError("the password must have at least " + Users.MIN_PASSWORD_LENGTH + " characters");
          }
          UserAccount u = store.users().add(access.who(store), s, password);
          spec.commandLine().getOut().println("added user " + u.username() + " (" + roleName(u.role())
              + scope(u) + ")" + (u.hasPassword() ? "" : "; no password: it can use API tokens only"));
        } finally {
          if (password != null) {
            Arrays.fill(password, '\0');
          }
        }
      }
      return 0;
    }
  }

  static String scope(UserAccount u) {
    if (!u.cityIds().isEmpty()) {
      return " of cities " + String.join(", ", new TreeSet<>(u.cityIds()));
    }
    if (!u.clusterIds().isEmpty()) {
      return " of clusters " + String.join(", ", new TreeSet<>(u.clusterIds()));
    }
    return "";
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users with role and scope.")
  static final class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        List<UserAccount> users = store.users().list();
        PrintWriter out = spec.commandLine().getOut();
        if (users.isEmpty()) {
          out.println("no users yet; add one with 'hanse user add NAME --role admin'");
          return 0;
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (UserAccount u : users) {
          rows.add(List.of(u.username(), u.displayName(), roleName(u.role()),
              String.join(";", new TreeSet<>(u.cityIds())) + String.join(";", new TreeSet<>(u.clusterIds())),
              u.disabled() ? "disabled" : "active", u.hasPassword() ? "yes" : "no", u.createdAt().toString()));
        }
        out.print(TextTable.render(List.of("user", "name", "role", "scope", "status", "password", "created"), rows));
        out.flush();
      }
      return 0;
    }
  }

  /** Blocks or unblocks a user: {@link Disable} and {@link Enable} differ only in the flag they set. */
  abstract static class SetDisabled implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;

    @Parameters(index = "0", paramLabel = "NAME") String username;

    abstract boolean disabled();

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        store.users().setDisabled(access.who(store), username, disabled());
        spec.commandLine().getOut().println((disabled() ? "disabled" : "enabled") + " user " + username);
      }
      return 0;
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true,
      description = "Block a user's sign-in and API tokens (the account and its audit trail stay).")
  static final class Disable extends SetDisabled {
    @Override
    boolean disabled() {
      return true;
    }
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Unblock a disabled user.")
  static final class Enable extends SetDisabled {
    @Override
    boolean disabled() {
      return false;
    }
  }

  @Command(name = "password", mixinStandardHelpOptions = true,
      description = "Set a user's password (from the console, --password-file or --password-env).")
  static final class Password implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreAccess access;
    @Mixin Passwords passwords;

    @Parameters(index = "0", paramLabel = "NAME") String username;

    @Override
    public Integer call() {
      try (HanseStore store = access.open()) {
        char[] p = passwords.read(username);
        try {
          if (p.length < Users.MIN_PASSWORD_LENGTH) {
            throw new UserError("the password must have at least " + Users.MIN_PASSWORD_LENGTH + " characters");
          }
          store.users().setPassword(access.who(store), username, p);
        } finally {
          Arrays.fill(p, '\0');
        }
        spec.commandLine().getOut().println("set the password of " + username);
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true,
      description = "API tokens for scripts and the REST API: create (shown once), list, revoke.",
      subcommands = {Token.Create.class, Token.ListTokens.class, Token.Revoke.class})
  static final class Token implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
        description = "Issue a token acting as the user. It is printed once; only its hash is stored.")
    static final class Create implements Callable<Integer> {
      @Spec CommandSpec spec;
      @Mixin StoreAccess access;

      @Parameters(index = "0", paramLabel = "NAME") String username;

      @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for, e.g. 'nightly import'")
      String label;

      @Override
      public Integer call() {
        try (HanseStore store = access.open()) {
          ApiToken.Issued t = store.users().createToken(access.who(store), username, label);
          PrintWriter out = spec.commandLine().getOut();
          out.println(t.token());
          spec.commandLine().getErr().println("token " + t.info().id() + " for " + username
              + ": keep it secret, it is shown only this once (revoke it with 'hanse user token revoke "
              + t.info().id() + "')");
        }
        return 0;
      }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
      @Spec CommandSpec spec;
      @Mixin StoreAccess access;

      @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Only this user's tokens")
      String username;

      @Override
      public Integer call() {
        try (HanseStore store = access.open()) {
          List<List<String>> rows = new java.util.ArrayList<>();
          for (ApiToken t : store.users().tokens(username)) {
            rows.add(List.of(t.id(), t.username(), t.label(), text(t.createdAt()), text(t.lastUsedAt()),
                t.revokedAt() == null ? "valid" : "revoked " + t.revokedAt()));
          }
          spec.commandLine().getOut().print(TextTable.render(
              List.of("id", "user", "label", "created", "last used", "status"), rows));
          spec.commandLine().getOut().flush();
        }
        return 0;
      }

      private static String text(Instant i) {
        return i == null ? "" : i.toString();
      }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {
      @Spec CommandSpec spec;
      @Mixin StoreAccess access;

      @Parameters(index = "0", paramLabel = "ID") String id;

      @Override
      public Integer call() {
        try (HanseStore store = access.open()) {
          store.users().revokeToken(access.who(store), id);
          spec.commandLine().getOut().println("revoked token " + id);
        }
        return 0;
      }
    }
  }
}
