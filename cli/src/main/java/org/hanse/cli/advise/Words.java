package org.hanse.cli.advise;

import org.hanse.analysis.text.Catalogue;
import org.hanse.analysis.text.Localizer;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;

/**
 * The words of the text output of {@code hanse advise} in one language ({@code words_en.properties}, {@code
 * words_zh.properties}), and the analysis module's catalogue for the advice's own reasons, knowing the cities' names.
 */
final class Words {
  final Lang lang;
  private final Catalogue words;
  private final Localizer reasons;

  private Words(Lang lang, Dataset d) {
    this.lang = lang;
    this.words = Catalogue.of(Words.class, "words", lang);
    this.reasons = Localizer.of(lang).cityNames(d);
  }

  static Words of(Lang lang, Dataset d) {
    return new Words(lang, d);
  }

  String t(String key, Object... args) {
    return words.t(key, args);
  }

  /** A reason or note the advice wrote in English, in the language. */
  String reason(String en) {
    return reasons.text(en);
  }

  /** The notes of a result, one line each, each after {@code indent} and the word for "note". */
  void notes(StringBuilder b, String indent, java.util.List<String> notes) {
    notes.forEach(n -> b.append(indent).append(t("note")).append(reason(n)).append('\n'));
  }

  static java.util.Set<String> keys(Lang lang) {
    return Catalogue.keys(Words.class, "words", lang);
  }
}
