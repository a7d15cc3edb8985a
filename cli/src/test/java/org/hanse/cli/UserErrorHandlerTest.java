package org.hanse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.ingest.format.Problem;
import org.hanse.store.AccessDeniedException;
import org.hanse.store.EditConflictException;
import org.hanse.store.InvalidRecordException;
import org.hanse.store.LoginRefusedException;
import org.hanse.store.NotFoundException;
import org.hanse.store.StoreException;
import org.hanse.store.StoreUserException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every refusal of the store is the user's to fix: one line, exit 2, whatever its subclass. Anything else is a bug
 * and says so.
 */
class UserErrorHandlerTest {

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    final RuntimeException thrown;

    Failing(RuntimeException thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() {
      throw thrown;
    }
  }

  static List<RuntimeException> refusals() {
    return List.of(
        new StoreUserException("no such file: x.csv"),
        new EditConflictException("tie t1 was changed by lin at 2026-03-01T08:00:00Z (now version 3, you edited"
            + " version 2); nothing was written, read it again and reapply your change"),
        new AccessDeniedException("vi is a viewer and may not change anything"),
        new NotFoundException("unknown user nobody"),
        new InvalidRecordException(List.of(new Problem("(edit)", 0, "from_year", "2999",
            "year in the future (after 2026)"))),
        new LoginRefusedException("wrong user name or password", Instant.parse("2026-03-01T08:15:00Z")));
  }

  private static String[] run(RuntimeException e) {
    CommandLine cl = new CommandLine(new Failing(e));
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute();
    return new String[] {Integer.toString(exit), err.toString()};
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void storeRefusalsAreOneLineUserErrors(RuntimeException e) {
    String[] r = run(e);
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1].lines().toList()).hasSize(1);
    assertThat(r[1]).startsWith("hanse: ").doesNotContain("internal error").doesNotContain("Exception");
  }

  @ParameterizedTest
  @MethodSource("failures")
  void otherFailuresAreReportedAsBugs(RuntimeException e) {
    String[] r = run(e);
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).startsWith("hanse: internal error: ").contains("please report it");
  }

  static List<RuntimeException> failures() {
    return List.of(new StoreException("connection lost"), new NullPointerException("x"));
  }
}
