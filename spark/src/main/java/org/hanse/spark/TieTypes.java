package org.hanse.spark;

import java.util.Arrays;
import java.util.Optional;
import org.hanse.model.TieType;

/** Choosing the Hanse tie type under which a job's city-pair results are written for {@code hanse import}. */
public final class TieTypes {
  /** The key a tie type for reported events between two cities would carry in the data model. */
  public static final String EVENT_INTERACTION_KEY = "event_interaction";

  private TieTypes() {}

  /**
   * The city-to-city tie type with the given key, or the event-interaction type when {@code key} is null and this
   * version of the data model has one; empty when there is none to use.
   *
   * @throws UserInputException when a key is given that is unknown or not a city-to-city type
   */
  public static Optional<TieType> cityToCity(String key) {
    if (key == null) {
      return Arrays.stream(TieType.values())
          .filter(t -> t.key().equals(EVENT_INTERACTION_KEY) && t.isCityToCity())
          .findFirst();
    }
    TieType t;
    try {
      t = TieType.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--tie-type: unknown tie type '" + key + "'; city-to-city types are "
          + Arrays.stream(TieType.values()).filter(TieType::isCityToCity).map(TieType::key).toList());
    }
    if (!t.isCityToCity()) {
      throw new UserInputException("--tie-type: " + key + " ties link a city to an actor, not two cities");
    }
    return Optional.of(t);
  }
}
