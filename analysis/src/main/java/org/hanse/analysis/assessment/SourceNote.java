package org.hanse.analysis.assessment;

/**
 * A data source the assessment used, with the attribution its licence asks for.
 *
 * @param id          source id
 * @param title       title
 * @param licence     licence
 * @param vintage     the period the data describes
 * @param attribution the text that must accompany outputs derived from it
 * @param url         where it can be found
 */
public record SourceNote(String id, String title, String licence, String vintage, String attribution, String url) {}
