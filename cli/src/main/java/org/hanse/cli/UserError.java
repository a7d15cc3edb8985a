package org.hanse.cli;

/**
 * A problem caused by the user's input (unknown id, bad file, bad option value). The CLI prints its message on one
 * line and exits with code 2, without a stack trace.
 */
public class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
