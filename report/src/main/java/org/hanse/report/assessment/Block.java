package org.hanse.report.assessment;

import java.util.List;
import java.util.Objects;

/** One piece of a report section, rendered in order. */
public sealed interface Block {

  /** A paragraph of text. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** Headline numbers, each with its provenance. */
  record KeyFigures(List<KeyFigure> figures) implements Block {
    public KeyFigures {
      figures = List.copyOf(figures);
    }
  }

  /**
   * One headline number.
   *
   * @param label      what it is
   * @param value      the value as shown (already formatted, with unit)
   * @param provenance where it comes from (method, data)
   */
  record KeyFigure(String label, String value, String provenance) {
    public KeyFigure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      provenance = provenance == null ? "" : provenance;
    }
  }

  /** A table. */
  record Table(ReportTable table) implements Block {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /**
   * A chart as inline SVG.
   *
   * @param id         stable id of the chart (e.g. {@code lorenz})
   * @param caption    caption in the report's language
   * @param svg        the SVG element
   * @param provenance where the plotted numbers come from
   */
  record Chart(String id, String caption, String svg, String provenance) implements Block {
    public Chart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(caption, "caption");
      if (!svg.startsWith("<svg")) {
        throw new IllegalArgumentException("chart " + id + " is not an SVG element");
      }
      provenance = provenance == null ? "" : provenance;
    }
  }

  /**
   * A notice the reader must see: data that is missing, a caveat on a method, or a part of the analysis that this
   * version does not provide.
   */
  record Notice(NoticeKind kind, String text) implements Block {
    public Notice {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Kinds of notice. */
  enum NoticeKind {
    /** Data needed for a number is missing. */
    MISSING_DATA,
    /** A limitation of a method or of its reading. */
    CAVEAT,
    /** A part of the analysis that is not available (yet). */
    NOT_AVAILABLE
  }
}
