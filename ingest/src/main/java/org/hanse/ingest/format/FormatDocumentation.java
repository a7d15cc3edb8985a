package org.hanse.ingest.format;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders file formats as Markdown tables for {@code docs/data-formats.md}, so the documentation is produced from
 * the same definitions the reader checks against (a test keeps the document in step).
 */
public final class FormatDocumentation {
  private FormatDocumentation() {}

  /** One section per file: heading, what a row means, and a table of its columns. */
  public static String markdown(List<FileFormat> formats) {
    StringBuilder s = new StringBuilder();
    for (FileFormat f : formats) {
      s.append("### `").append(f.fileName()).append("`\n\n");
      s.append("One row = ").append(f.rowMeaning()).append(".\n\n");
      s.append("| column | type | required | meaning |\n|---|---|---|---|\n");
      for (Column c : f.columns()) {
        String type = c.allowed().isEmpty() ? c.type().label()
            : "one of " + c.allowed().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
        s.append("| `").append(c.name()).append("` | ").append(type).append(" | ")
            .append(c.required() ? "yes" : "no").append(" | ").append(c.description().replace("|", "\\|"))
            .append(" |\n");
      }
      s.append('\n');
    }
    return s.toString();
  }
}
