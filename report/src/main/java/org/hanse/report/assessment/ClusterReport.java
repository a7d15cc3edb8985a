package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hanse.model.Lang;

/**
 * The assessment report of one city cluster, ready to render (HTML, PDF, XLSX): every text is in the report's
 * language, every number is already computed and carries its provenance.
 *
 * @param clusterId    the cluster
 * @param lang         language of every text
 * @param title        report title
 * @param subtitle     line under the title (cluster name in the other language, dataset and date)
 * @param datasetLabel the snapshot the numbers come from
 * @param generatedOn  ISO date of generation
 * @param sections     the sections in order; see {@link ClusterReportBuilder#SECTION_IDS}
 */
public record ClusterReport(String clusterId, Lang lang, String title, String subtitle, String datasetLabel,
    String generatedOn, List<ReportSection> sections) {
  public ClusterReport {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    subtitle = subtitle == null ? "" : subtitle;
    datasetLabel = datasetLabel == null ? "" : datasetLabel;
    Objects.requireNonNull(generatedOn, "generatedOn");
    sections = List.copyOf(sections);
  }

  /** Every table of the report in reading order (the sheets of the XLSX rendering). */
  public List<ReportTable> tables() {
    List<ReportTable> out = new ArrayList<>();
    sections.forEach(s -> out.addAll(s.tables()));
    return out;
  }

  /** The section outline: ids depth-first, sub-section ids prefixed by their parent's ({@code a/b}). */
  public List<String> outline() {
    List<String> out = new ArrayList<>();
    sections.forEach(s -> out.addAll(s.outline()));
    return out;
  }
}
