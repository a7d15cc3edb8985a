package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.hanse.server.service.HanseService;
import org.junit.jupiter.api.Test;

/**
 * An internal error answers 500 with a message that points to the server log, so the log must have it: the request
 * and the stack trace, on stderr (slf4j-simple, as the hanse command ships it), while the response shows nothing of
 * the internals.
 */
class ErrorLogTest {
  @Test
  void aBugIsA500WithoutInternalsAndIsLoggedWithItsStackTrace() {
    try (TestData.Fixture fx = TestData.start()) {
      HanseService real = fx.service();
      // A service with a bug in one place: the measures of the analysis.
      HanseService broken = (HanseService) Proxy.newProxyInstance(HanseService.class.getClassLoader(),
          new Class<?>[] {HanseService.class}, (proxy, method, args) -> {
            if (method.getName().equals("analysis") && (args == null || args.length == 0)) {
              throw new IllegalStateException("simulated bug in the analysis");
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      PrintStream original = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      Http.Reply r;
      try (HanseServer server = HanseServer.start(broken, ServerConfig.localhost(0))) {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        r = new Http(server.port()).get("/api/v1/measures");
      } finally {
        System.setErr(original);
      }
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).contains("the server log has the details");
      assertThat(r.body()).doesNotContain("simulated bug").doesNotContain("IllegalStateException");
      String log = captured.toString(StandardCharsets.UTF_8);
      assertThat(log).contains("internal error on GET /api/v1/measures")
          .contains("java.lang.IllegalStateException: simulated bug in the analysis")
          .contains("at org.hanse.server");
    }
  }
}
