package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A section of the report with its blocks and sub-sections.
 *
 * @param id          stable id, used as HTML anchor and in the section-list snapshot (e.g. {@code inner-structure})
 * @param title       title in the report's language
 * @param blocks      content in order
 * @param subsections sub-sections in order
 */
public record ReportSection(String id, String title, List<Block> blocks, List<ReportSection> subsections) {
  public ReportSection {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("section id must be lower-case ASCII with dashes: " + id);
    }
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    subsections = List.copyOf(subsections);
  }

  /** Every table of this section and its sub-sections, in reading order. */
  public List<ReportTable> tables() {
    List<ReportTable> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Table t) {
        out.add(t.table());
      }
    }
    subsections.forEach(s -> out.addAll(s.tables()));
    return out;
  }

  /** The ids of this section and its sub-sections, depth-first, sub-section ids prefixed by the parent's. */
  public List<String> outline() {
    List<String> out = new ArrayList<>();
    out.add(id);
    for (ReportSection s : subsections) {
      s.outline().forEach(o -> out.add(id + "/" + o));
    }
    return out;
  }

  /** Builds a section. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<ReportSection> subsections = new ArrayList<>();

    public Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder add(Block b) {
      blocks.add(b);
      return this;
    }

    public Builder paragraph(String text) {
      return add(new Block.Paragraph(text));
    }

    public Builder notice(Block.NoticeKind kind, String text) {
      return add(new Block.Notice(kind, text));
    }

    public Builder table(ReportTable t) {
      return add(new Block.Table(t));
    }

    public Builder subsection(ReportSection s) {
      subsections.add(s);
      return this;
    }

    public ReportSection build() {
      return new ReportSection(id, title, blocks, subsections);
    }
  }
}
