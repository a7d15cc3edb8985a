package org.hanse.model;

import java.util.Objects;

/**
 * Where a record comes from: one dataset or document, with the licence and attribution its owners ask for.
 *
 * @param id          short stable key, e.g. {@code gawc-ds11}
 * @param title       human-readable title
 * @param licence     licence name, e.g. {@code CC BY 4.0}, {@code ODbL 1.0}
 * @param vintage     the period the data describes, e.g. {@code 2000} or {@code routes frozen June 2014}
 * @param attribution the attribution text that must accompany any output derived from this source
 * @param url         where the original can be found; may be empty
 */
public record Source(String id, String title, String licence, String vintage, String attribution, String url) {
  public Source {
    Ids.requireId(id, "source id");
    Objects.requireNonNull(title, "title");
    licence = licence == null ? "" : licence;
    vintage = vintage == null ? "" : vintage;
    attribution = attribution == null ? "" : attribution;
    url = url == null ? "" : url;
  }
}
