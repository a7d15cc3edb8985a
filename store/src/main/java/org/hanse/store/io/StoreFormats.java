package org.hanse.store.io;

import static org.hanse.ingest.format.Column.key;
import static org.hanse.ingest.format.Column.optional;
import static org.hanse.ingest.format.Column.required;
import static org.hanse.ingest.format.ColumnType.COUNTRY;
import static org.hanse.ingest.format.ColumnType.ID;
import static org.hanse.ingest.format.ColumnType.INTEGER;
import static org.hanse.ingest.format.ColumnType.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hanse.ingest.format.FileFormat;
import org.hanse.store.access.Role;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;

/** The file formats the store defines in addition to the bundled-data formats: engagements and users. */
public final class StoreFormats {
  private StoreFormats() {}

  /** Value of a date column: ISO 8601 calendar date. */
  public static final String DATE_RULE = "must be a date written YYYY-MM-DD";

  public static final FileFormat ENGAGEMENTS = new FileFormat("engagements.csv",
      "one engagement of a member city with a foreign partner: a visit, an agreement or MoU, an event bid or "
          + "event, an exchange programme",
      List.of(
          optional("id", ID, "stable id; leave empty for a new engagement (one is made from kind, city, start date,"
              + " partner and title, which then identify it on the next import)"),
          key("kind", true, keys(EngagementKind.values()), "what it is"),
          required("city_id", ID, "the member city: an id in cities of a cluster's member (a foreign city is the"
              + " partner)"),
          required("partner", TEXT, "the foreign partner as named in the source, e.g. City of Lyon"),
          optional("partner_id", ID, "the partner's city or actor id, when it is in the knowledge base"),
          optional("partner_country", COUNTRY, "ISO 3166-1 alpha-2 code of the partner's country"),
          required("title", TEXT, "short description, e.g. Mayor of Lyon visits Shanghai"),
          optional("topic", TEXT, "subject areas, e.g. trade; climate"),
          key("level", false, keys(VisitLevel.values()),
              "visits only: rank of the delegation head (leader = mayor, party secretary, governor, head of "
                  + "state or government; deputy = vice mayor; department = bureau head; working)"),
          required("start_date", TEXT, "first day (visit), signing date (agreement), submission (bid): YYYY-MM-DD"),
          optional("end_date", TEXT, "last day, YYYY-MM-DD; empty for a single day or an open end"),
          key("status", true, keys(EngagementStatus.values()), "where it stands; which statuses fit depends on "
              + "kind (see the table below)"),
          optional("participants", INTEGER, "number of people: delegation size, exchange places"),
          optional("source_document", TEXT, "where it is documented: file number (文号), URL, press release"),
          optional("notes", TEXT, "free notes")));

  /** Users; never passwords (they are set with hanse user password, or the user gets an API token). */
  public static final FileFormat USERS = new FileFormat("users.csv",
      "one user account, without its password",
      List.of(
          required("username", ID, "sign-in name: letters, digits, . _ - @, 2 to 64 characters"),
          optional("display_name", TEXT, "name shown in the audit trail and the dashboard"),
          key("role", true, Arrays.stream(Role.values()).map(Role::key).toList(), "what the user may change"),
          optional("cities", TEXT, "editors: ids of the cities whose records they change, separated by ;"),
          optional("clusters", TEXT, "coordinators: ids of the clusters whose cities they change, separated by ;"),
          key("disabled", false, List.of("true", "false"), "true to block sign-in; default false")));

  private static List<String> keys(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
