package org.hanse.model;

/** Checks shared by every record that carries an identifier. */
final class Ids {
  private Ids() {}

  static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (!id.strip().equals(id)) {
      throw new IllegalArgumentException(what + " has leading or trailing spaces: '" + id + "'");
    }
    return id;
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
