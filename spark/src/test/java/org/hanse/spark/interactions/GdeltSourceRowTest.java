package org.hanse.spark.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.hanse.spark.io.ImportFiles;
import org.junit.jupiter.api.Test;

class GdeltSourceRowTest {
  /**
   * The source row of real GDELT events states GDELT's terms of use in the wording of the GDELT Project's about page
   * (what is allowed, and the one condition: a citation and a link), with the address of those terms.
   */
  @Test
  void gdeltRowStatesThePublishedTermsWithTheirAddress() {
    ImportFiles.SourceRow row = InteractionsCommand.source("gdelt-events", false, "2023-01 to 2023-03");
    assertThat(row.licence())
        .contains("https://www.gdeltproject.org/about.html#termsofuse")
        .contains("available for unlimited and unrestricted use for any academic, commercial, or governmental use"
            + " of any kind without fee")
        .contains("you may redistribute, rehost, republish, and mirror any of the GDELT datasets in any form")
        .contains("any use or redistribution of the data must include a citation to the GDELT Project and a link"
            + " to its website (https://www.gdeltproject.org/)");
    assertThat(row.attribution()).isEqualTo("The GDELT Project (https://www.gdeltproject.org/)");
    assertThat(row.url()).isEqualTo("https://www.gdeltproject.org/");
    assertThat(row.vintage()).isEqualTo("events of 2023-01 to 2023-03");
  }

  /** Generated events never carry GDELT's terms: their row says SYNTHETIC. */
  @Test
  void syntheticRowDoesNotCiteGdeltTerms() {
    ImportFiles.SourceRow row = InteractionsCommand.source("gdelt-events", true, "2023-01 to 2023-03");
    assertThat(row.licence()).isEqualTo(ImportFiles.SYNTHETIC_LICENCE).doesNotContain("termsofuse");
    assertThat(row.attribution()).startsWith("SYNTHETIC");
  }
}
