package org.hanse.store;

/** The record, user or token named does not exist. */
public final class NotFoundException extends StoreUserException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
