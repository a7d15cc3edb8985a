package org.hanse.spark;

/**
 * A problem with what the user gave a job (a missing input path, an unknown option, malformed rows): reported as a
 * plain message and exit status 2, never as a stack trace.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
