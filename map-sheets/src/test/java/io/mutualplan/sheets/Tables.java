package io.mutualplan.sheets;

import io.mutualplan.core.PlanId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Test inputs: CSV text as a stream, and the plan-level fields of a new plan. */
final class Tables {
  /** The plan-level fields the import tests start new plans from. */
  static final NewPlan ACME = NewPlan.builder()
      .id(PlanId.of("acme-2027"))
      .title("Acme x Globex")
      .buyer("Acme Corp")
      .seller("Globex")
      .build();

  private Tables() {}

  /** CSV text as UTF-8 bytes. */
  static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The lines of the problems an import reports; fails when it reports none. */
  static List<String> problems(Runnable importing) {
    try {
      importing.run();
    } catch (TableException e) {
      return e.problems().stream().map(TableProblem::toString).toList();
    }
    throw new AssertionError("the import did not fail");
  }

  /** The bytes something writes. */
  static byte[] bytes(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toByteArray();
  }
}
