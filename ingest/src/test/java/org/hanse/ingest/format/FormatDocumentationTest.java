package org.hanse.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documented columns are the columns the reader checks. */
class FormatDocumentationTest {
  @Test
  void docsDescribeEveryBundleFileAsDefined() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "data-formats.md"), StandardCharsets.UTF_8);
    String generated = FormatDocumentation.markdown(BundleFormats.ALL);
    int start = doc.indexOf("-->", doc.indexOf("<!-- bundle-format:start")) + 4;
    int end = doc.indexOf("<!-- bundle-format:end -->");
    assertThat(doc.substring(start, end))
        .as("docs/data-formats.md is out of date: regenerate it from FormatDocumentation.markdown(BundleFormats.ALL)")
        .isEqualTo(generated);
  }
}
