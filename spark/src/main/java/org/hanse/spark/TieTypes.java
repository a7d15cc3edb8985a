package org.hanse.spark;

import java.util.Arrays;
import org.hanse.model.TieType;

/** Choosing the Hanse tie type under which a job's city-pair results are written for {@code hanse import}. */
public final class TieTypes {
  private TieTypes() {}

  /**
   * The city-to-city tie type with the given key, or {@link TieType#EVENT_INTERACTION} when {@code key} is null.
   *
   * @throws UserInputException when a key is given that is unknown or not a city-to-city type
   */
  public static TieType cityToCity(String key) {
    if (key == null) {
      return TieType.EVENT_INTERACTION;
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
    return t;
  }
}
