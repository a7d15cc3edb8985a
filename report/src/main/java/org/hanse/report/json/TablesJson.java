package org.hanse.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.analysis.assessment.FunctionsTable;

/** JSON of the core-functions table and the world-city connectivity table. */
public final class TablesJson {
  private TablesJson() {}

  /** {@code {"rows": [{cluster, function, score, core, evidence}]}}. */
  public static String functions(List<FunctionsTable.Row> rows) {
    ObjectNode o = Json.object();
    o.set("rows", SectionsJson.functionsTable(rows));
    return Json.write(o);
  }

  /** {@code {layer, sector, rows: [{rank, cityId, name, country, gnc, proportionalGnc}], notCovered, provenance}}. */
  public static String connectivity(ConnectivityTable t) {
    ObjectNode o = Json.object();
    o.put("layer", t.layer());
    o.put("sector", t.sector());
    ArrayNode rows = o.putArray("rows");
    for (ConnectivityTable.Row r : t.rows()) {
      ObjectNode ro = rows.addObject();
      ro.put("rank", r.rank());
      ro.put("cityId", r.cityId());
      ro.set("name", Json.names(r.nameEn(), r.nameZh()));
      ro.put("country", r.country());
      ro.put("gnc", r.gnc());
      ro.set("proportionalGnc", Json.number(r.proportional()));
    }
    o.put("notCovered", t.notCovered());
    o.set("provenance", Json.provenance(t.provenance()));
    return Json.write(o);
  }
}
