package org.hanse.server.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hanse.model.Lang;
import org.hanse.server.api.ApiDoc;

/**
 * The API's operation texts (summary, description, parameter meanings) in the page's language for the API page:
 * the routes declare them in English; {@code i18n/api_zh.tsv} holds each English text with its Chinese text. A text
 * without a line there is shown in English (the dashboard's tests find it).
 */
final class ApiTexts {
  private static Map<String, String> zh;

  private ApiTexts() {}

  private static synchronized Map<String, String> zh() {
    if (zh == null) {
      Map<String, String> m = new HashMap<>();
      try (InputStream in = ApiTexts.class.getResourceAsStream("/i18n/api_zh.tsv")) {
        if (in == null) {
          throw new IllegalStateException("missing resource /i18n/api_zh.tsv");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          if (!line.startsWith("#") && tab > 0) {
            m.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      zh = m;
    }
    return zh;
  }

  static String text(String en, Lang lang) {
    return lang == Lang.ZH && en != null ? zh().getOrDefault(en, en) : en;
  }

  /** The operation with its texts in the language. */
  static ApiDoc.Operation of(ApiDoc.Operation op, Lang lang) {
    if (lang != Lang.ZH) {
      return op;
    }
    return new ApiDoc.Operation(op.method(), op.path(), op.tag(), text(op.summary(), lang),
        text(op.description(), lang), op.params().stream().map(p -> new ApiDoc.Param(p.name(), p.where(), p.type(),
            p.required(), text(p.description(), lang))).toList(), op.requestSchema(), op.responseSchema(),
        op.successStatus(), op.errors(), op.auth());
  }
}
