package org.hanse.cli.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hanse.cli.UserError;
import org.hanse.store.AuditQuery;
import org.hanse.store.AuditRecord;
import org.hanse.store.HanseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse audit}: who changed what, when, with the record before and after. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "List the audit trail, newest first: every write with who made it, when, what it changed, and the record"
          + " before and after (--details)."
    },
    sortOptions = false)
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreAccess access;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "Only changes at or after WHEN: a date (2026-03-01, midnight UTC) or an instant"
          + " (2026-03-01T08:00:00Z)")
  String since;

  @Option(names = "--user", paramLabel = "NAME", description = "Only changes made by this user (cli:LOGIN for the"
      + " command line)")
  String user;

  @Option(names = "--city", paramLabel = "ID",
      description = "Only changes of this city or of records tied to it (ties, engagements, indicator values)")
  String city;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only changes of this kind of record, e.g. tie")
  String kind;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
      description = "At most N entries (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--details", description = "Also print each record before and after the change")
  boolean details;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text or json")
  String format;

  @Override
  public Integer call() {
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new UserError("unknown format '" + format + "'; use text or json");
    }
    if (limit < 1) {
      throw new UserError("--limit must be at least 1");
    }
    AuditQuery q = new AuditQuery(since(since), null, blankToNull(user), blankToNull(kind), null, blankToNull(city),
        limit);
    PrintWriter out = spec.commandLine().getOut();
    try (HanseStore store = access.open()) {
      List<AuditRecord> entries = store.audit(access.who(store), q);
      if (fmt.equals("json")) {
        out.println(json(entries));
      } else if (entries.isEmpty()) {
        out.println("no audit entries match");
      } else {
        for (AuditRecord r : entries) {
          out.println(r.at() + "  " + r.username() + "  " + r.action() + "  " + r.kind() + " " + r.entityId()
              + "  " + r.summary());
          if (details) {
            out.println("    before: " + (r.before() == null ? "(none)" : r.before()));
            out.println("    after:  " + (r.after() == null ? "(none)" : r.after()));
          }
        }
      }
      out.flush();
    }
    return 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Instant since(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return s.contains("T") ? Instant.parse(s.strip()) : LocalDate.parse(s.strip()).atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new UserError("--since '" + s + "' is neither a date (YYYY-MM-DD) nor an instant"
          + " (YYYY-MM-DDTHH:MM:SSZ)");
    }
  }

  private static String json(List<AuditRecord> entries) {
    ObjectMapper m = new ObjectMapper();
    ArrayNode arr = m.createArrayNode();
    for (AuditRecord r : entries) {
      ObjectNode o = arr.addObject();
      o.put("id", r.id());
      o.put("at", r.at().toString());
      o.put("user", r.username());
      o.put("action", r.action());
      o.put("kind", r.kind());
      o.put("entityId", r.entityId());
      o.put("changeId", r.changeId());
      o.set("before", parse(m, r.before()));
      o.set("after", parse(m, r.after()));
      o.put("summary", r.summary());
    }
    ObjectNode root = m.createObjectNode();
    root.set("entries", arr);
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(ObjectMapper m, String json) {
    if (json == null) {
      return m.nullNode();
    }
    try {
      return m.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return m.getNodeFactory().textNode(json);
    }
  }

}
