package org.hanse.server.api;

import static org.hanse.server.api.ApiDoc.Param.path;
import static org.hanse.server.api.ApiDoc.Param.query;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.ingest.build.SourceCatalog;
import org.hanse.model.Cluster;
import org.hanse.model.Lang;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ClusterReportBuilder;
import org.hanse.report.export.ReportFiles;
import org.hanse.report.export.ReportFormat;
import org.hanse.report.pdf.CjkFont;
import org.hanse.report.pdf.PdfReport;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.ServiceException;

/**
 * The cluster assessment report from the dashboard: the same report as {@code hanse report}, built by the report
 * module's {@link ClusterReportBuilder} from the server's current snapshot and rendered by its HTML, PDF and XLSX
 * writers. A report is the same for everyone until the data change, so each (cluster, language, format) is made once
 * per revision of the knowledge base.
 */
public final class ReportRoutes {
  /** The OpenAPI response of a file download: the media types the endpoint answers with. */
  static final String FILE_TYPES = ApiDoc.FILE + "text/html,application/pdf," + xlsxType();

  private ReportRoutes() {}

  static void register(ApiRoutes api, HanseService service) {
    api.route(HandlerType.GET, "/api/v1/clusters/{id}/report", "clusters", "The assessment report of one cluster",
        "The report of `hanse report` for the cluster, from the current data: summary, member map, drivers, functions,"
            + " core functions, inner structure, connectivity, advice and the methods and data appendices. html: one "
            + "self-contained printable page; pdf: A4 with contents and page numbers (needs a TrueType CJK font on the "
            + "server, else 503); xlsx: one sheet per table. Sent as an attachment named hanse-<cluster>-<lang>.<ext>.",
        List.of(path("id", "cluster id, e.g. yrd"),
            query("format", "string", "html, pdf or xlsx (default html)"),
            query("lang", "string", "zh or en: the language of the report (default zh)")),
        null, FILE_TYPES, 200, List.of(400, 404, 503), false, ctx -> {
          ReportFormat format = format(ctx.queryParam("format"));
          Lang lang = lang(ctx.queryParam("lang"));
          Cluster cluster = service.dataset().cluster(ctx.pathParam("id"))
              .orElseThrow(() -> new ServiceException.NotFound("no cluster with id " + ctx.pathParam("id")));
          byte[] body = service.derived("report|" + cluster.id() + "|" + lang + "|" + format,
              ds -> render(service, cluster.id(), lang, format));
          String name = "hanse-" + cluster.id() + "-" + lang.name().toLowerCase(Locale.ROOT) + "."
              + format.extension();
          ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
          ctx.contentType(contentType(format)).result(body);
        });
  }

  static ReportFormat format(String s) {
    String f = s == null || s.isBlank() ? "html" : s.strip().toLowerCase(Locale.ROOT);
    return switch (f) {
      case "html" -> ReportFormat.HTML;
      case "pdf" -> ReportFormat.PDF;
      case "xlsx" -> ReportFormat.XLSX;
      default -> throw new BadRequestResponse("format must be html, pdf or xlsx, not '" + s + "'");
    };
  }

  static Lang lang(String s) {
    String l = s == null || s.isBlank() ? "zh" : s.strip().toLowerCase(Locale.ROOT);
    return switch (l) {
      case "zh" -> Lang.ZH;
      case "en" -> Lang.EN;
      default -> throw new BadRequestResponse("lang must be zh or en, not '" + s + "'");
    };
  }

  static String contentType(ReportFormat f) {
    return switch (f) {
      case HTML -> "text/html; charset=utf-8";
      case PDF -> "application/pdf";
      case XLSX -> xlsxType();
    };
  }

  private static String xlsxType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  private static byte[] render(HanseService service, String clusterId, Lang lang, ReportFormat format) {
    // One builder per revision: it holds the assessment and the advisors every report of the snapshot shares.
    ClusterReportBuilder builder = service.derived("report|builder", ds -> new ClusterReportBuilder(ds)
        .assessment(Assessor.assess(ds)).clusterSources(SourceCatalog::clusterSourceId));
    ClusterReport report;
    synchronized (builder) {
      // the builder makes its advisors on first use; one report at a time keeps that simple and safe
      report = builder.build(clusterId, lang);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ReportFiles.write(report, format, out, format == ReportFormat.PDF ? Fonts.pdf() : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The PDF renderer, made on the first PDF request; without a CJK font every PDF request is a 503. */
  private static final class Fonts {
    private static PdfReport pdf;

    static synchronized PdfReport pdf() {
      if (pdf == null) {
        try {
          pdf = new PdfReport(CjkFont.locate());
        } catch (CjkFont.FontNotFoundException e) {
          throw new ServiceUnavailableResponse("PDF reports need a TrueType CJK font on the server: "
              + e.getMessage() + " HTML and XLSX reports work without it.");
        }
      }
      return pdf;
    }
  }
}
