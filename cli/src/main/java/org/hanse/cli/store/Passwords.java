package org.hanse.cli.store;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.hanse.cli.UserError;
import picocli.CommandLine.Option;

/**
 * Where a new password comes from: a file or an environment variable for scripts, otherwise the console, asked twice
 * without echo. A password is never an option value, so it never shows in the process list or the shell history.
 */
final class Passwords {
  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Read the password from the first line of FILE (for scripts)")
  Path file;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Read the password from the environment variable VAR (for scripts)")
  String variable;

  /** The password, or a user error when there is no way to read one. */
  char[] read(String username) {
    if (file != null && variable != null) {
      throw new UserError("give either --password-file or --password-env, not both");
    }
    if (file != null) {
      try {
        String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        return nonEmpty(first.toCharArray(), "the first line of " + file);
      } catch (NoSuchFileException e) {
        throw new UserError("password file " + file + " does not exist");
      } catch (IOException e) {
        throw new UserError("cannot read the password file " + file + ": " + e.getMessage(), e);
      }
    }
    if (variable != null) {
      String v = System.getenv(variable);
      if (v == null) {
        throw new UserError("the environment variable " + variable + " is not set");
      }
      return nonEmpty(v.toCharArray(), "the environment variable " + variable);
    }
    Console console = System.console();
    if (console == null) {
      throw new UserError("no console to read the password of " + username + " from; use --password-file FILE or"
          + " --password-env VAR");
    }
    char[] first = console.readPassword("Password for %s: ", username);
    char[] second = console.readPassword("Repeat the password: ");
    if (first == null || second == null) {
      throw new UserError("no password entered");
    }
    try {
      if (!Arrays.equals(first, second)) {
        throw new UserError("the two passwords differ; nothing was changed");
      }
    } finally {
      Arrays.fill(second, '\0');
    }
    return nonEmpty(first, "the console");
  }

  boolean given() {
    return file != null || variable != null;
  }

  private static char[] nonEmpty(char[] p, String where) {
    if (p.length == 0) {
      throw new UserError("the password read from " + where + " is empty");
    }
    return p;
  }
}
