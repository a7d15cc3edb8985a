package org.hanse.store;

/**
 * Someone else changed or deleted the record since it was read: the write was refused so that their change is not
 * silently overwritten (optimistic locking). Read the record again and reapply the edit.
 */
public final class EditConflictException extends StoreUserException {
  private static final long serialVersionUID = 1L;

  public EditConflictException(String message) {
    super(message);
  }
}
