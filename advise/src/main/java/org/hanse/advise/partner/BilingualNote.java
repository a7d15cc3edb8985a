package org.hanse.advise.partner;

import org.hanse.model.Lang;

/** A note on a result for the reader, in English and Chinese. */
public record BilingualNote(String en, String zh) {
  public String text(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
