package org.hanse.store;

/** The user's role or city scope does not allow this write; nothing was changed. */
public final class AccessDeniedException extends StoreUserException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
