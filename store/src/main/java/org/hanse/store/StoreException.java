package org.hanse.store;

/**
 * The database failed in a way the user cannot fix by changing their input (connection lost, disk full, a bug).
 * User-caused problems are {@link StoreUserException}s instead.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
