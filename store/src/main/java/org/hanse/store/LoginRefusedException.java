package org.hanse.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in was refused: wrong user name or password (which of them is not told), a disabled account, or too many
 * failed attempts, in which case {@link #retryAfter()} says when to try again.
 */
public final class LoginRefusedException extends StoreUserException {
  private static final long serialVersionUID = 1L;
  private final transient Instant retryAfter;

  public LoginRefusedException(String message, Instant retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Optional<Instant> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
