package org.hanse.cli;

import java.io.PrintWriter;
import org.hanse.store.StoreUserException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one-line messages. User errors exit with 2; anything else is a bug and exits with 1, still
 * without a stack trace unless {@code HANSE_DEBUG=1} is set.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  static final int USER_ERROR = 2;
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (isUserError(ex)) {
      err.println("hanse: " + ex.getMessage());
      err.flush();
      return USER_ERROR;
    }
    err.println("hanse: internal error: " + ex);
    if ("1".equals(System.getenv("HANSE_DEBUG"))) {
      ex.printStackTrace(err);
    } else {
      err.println("(set HANSE_DEBUG=1 to see the stack trace, and please report it)");
    }
    err.flush();
    return FAILURE;
  }

  /**
   * The store's user errors all extend {@link StoreUserException} (access denied, edit conflict, not found, invalid
   * record, refused sign-in …): testing the type rather than the class name keeps every subclass a user error.
   */
  static boolean isUserError(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UserError || t instanceof StoreUserException) {
        return true;
      }
    }
    return false;
  }

  /** Bad options and arguments: one line, a hint to --help, exit 2. */
  static final class Parameters implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("hanse: " + ex.getMessage());
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return USER_ERROR;
    }
  }
}
