package org.hanse.store;

/**
 * A problem the user can fix: an unusable database URL, a database file in use, a rejected import, a missing
 * permission, an edit that conflicts with someone else's. The message is one line, meant to be shown as it is.
 * Subclasses say which kind, so a server can map them to responses.
 */
public class StoreUserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUserException(String message) {
    super(message);
  }

  public StoreUserException(String message, Throwable cause) {
    super(message, cause);
  }
}
