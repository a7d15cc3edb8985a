package org.hanse.store.engagement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One engagement of a member city with a foreign partner: a visit, an agreement or MoU, an event bid or event, an
 * exchange programme.
 *
 * @param id             stable id; {@link #idFor} derives one from the natural key for records imported without
 * @param kind           what it is
 * @param cityId         the member city (a city id of the knowledge base)
 * @param partner        the foreign partner as named in the source, e.g. {@code City of Lyon}, {@code C40}
 * @param partnerId      the partner's city or actor id in the knowledge base; empty when it has none
 * @param partnerCountry ISO 3166-1 alpha-2 code of the partner's country; may be empty
 * @param title          short description, e.g. {@code Mayor of Lyon visits Shanghai}
 * @param topic          subject area(s), e.g. {@code trade; climate}; may be empty
 * @param level          rank of the delegation head, for visits; null otherwise or when unknown
 * @param startDate      when it starts (the visit's first day, the signing date, the bid's submission …)
 * @param endDate        when it ends; null when open or a single day
 * @param status         where it stands; must be one of {@link EngagementKind#statuses()}
 * @param participants   number of people (delegation size, exchange places); null when unknown
 * @param sourceDocument where it is documented (file number 文号, URL, press release)
 * @param notes          free notes
 */
public record Engagement(
    String id,
    EngagementKind kind,
    String cityId,
    String partner,
    String partnerId,
    String partnerCountry,
    String title,
    String topic,
    VisitLevel level,
    LocalDate startDate,
    LocalDate endDate,
    EngagementStatus status,
    Integer participants,
    String sourceDocument,
    String notes) {

  public Engagement {
    requireText(id, "engagement id");
    Objects.requireNonNull(kind, "kind");
    requireText(cityId, "city");
    requireText(partner, "partner");
    partnerId = orEmpty(partnerId);
    partnerCountry = orEmpty(partnerCountry);
    requireText(title, "title");
    topic = orEmpty(topic);
    Objects.requireNonNull(startDate, "start date");
    Objects.requireNonNull(status, "status");
    sourceDocument = orEmpty(sourceDocument);
    notes = orEmpty(notes);
    if (!kind.statuses().contains(status)) {
      throw new IllegalArgumentException("status " + status.key() + " does not apply to " + kind.key());
    }
    if (level != null && !kind.isVisit()) {
      throw new IllegalArgumentException("a delegation level applies to visits only, not to " + kind.key());
    }
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("engagement " + id + " ends (" + endDate + ") before it starts (" + startDate + ")");
    }
    if (participants != null && participants < 0) {
      throw new IllegalArgumentException("participants of engagement " + id + " must not be negative: " + participants);
    }
  }

  /** kind|city|start date|partner|title, case-folded and with runs of spaces collapsed. */
  public String naturalKey() {
    return naturalKey(kind, cityId, startDate, partner, title);
  }

  public static String naturalKey(EngagementKind kind, String cityId, LocalDate start, String partner, String title) {
    return kind.key() + "|" + cityId + "|" + start + "|" + fold(partner) + "|" + fold(title);
  }

  /** The id given to an engagement imported without one: {@code e-} and 12 hex digits of its natural key's hash. */
  public static String idFor(String naturalKey) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(naturalKey.getBytes(StandardCharsets.UTF_8));
      return "e-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
