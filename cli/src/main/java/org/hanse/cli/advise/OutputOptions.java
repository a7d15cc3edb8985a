package org.hanse.cli.advise;

import java.util.List;
import org.hanse.model.Lang;
import picocli.CommandLine.Option;

/** The output options of an advice command that writes text for people or JSON: {@code --format} and {@code --lang}. */
final class OutputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default:"
      + " ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh. Default:"
      + " ${DEFAULT-VALUE}.")
  String lang;

  /** {@code text} or {@code json}; anything else is a user error. */
  String format() {
    return Formats.format(format, List.of("text", "json"));
  }

  Lang lang() {
    return Formats.lang(lang);
  }
}
