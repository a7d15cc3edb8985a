package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hanse.server.service.HanseService;
import org.junit.jupiter.api.Test;

/** The server prepares the Advice page's default answers after it starts, so the first visitor does not wait. */
class WarmUpTest {
  @Test
  void warmUpKeepsTheAdvisorsTheAdvicePageUsesAndThePageAnswers() throws Exception {
    try (TestServer s = TestServer.start()) {
      Duration took = s.server().warmUp().get(5, TimeUnit.MINUTES);
      assertThat(took).isPositive();
      HanseService service = s.fixture().service();
      // Kept: asking again does not compute (a computation here would fail the test).
      for (String key : new String[] {"advice.partnerAdvisor", "advice.handoverAdvisor", "advice.cohostPlanner"}) {
        assertThat((Object) service.derived(key, d -> {
          throw new AssertionError(key + " was not prepared");
        })).as(key).isNotNull();
      }
      assertThat(s.http().get("/advice?lang=zh").status()).isEqualTo(200);
    }
  }
}
