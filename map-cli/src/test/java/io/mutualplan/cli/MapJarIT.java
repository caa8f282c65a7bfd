package io.mutualplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.cli.MapJar.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code map.jar} as a separate process, the way people run it: {@code java -jar
 * map.jar}. Runs in Maven's {@code integration-test} phase, after {@code package} built the jar.
 */
class MapJarIT {
  private static Path jar;
  private static Path repository;

  @TempDir Path directory;

  @BeforeAll
  static void findTheJar() {
    jar = MapJar.jar();
    repository = MapJar.repository();
  }

  private static Run run(List<String> command, String stdin) throws Exception {
    return MapJar.run(new ProcessBuilder(command), stdin);
  }

  /** Runs a process whose standard input the builder has set. */
  private static Run run(ProcessBuilder builder) throws Exception {
    return MapJar.run(builder, "");
  }

  private static Run map(String stdin, String... args) throws Exception {
    return MapJar.map(stdin, args);
  }

  @Test
  void theJarRunsItsMainClassAndPrintsItsVersion() throws Exception {
    Run run = map("", "--version");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout().strip()).isEqualTo("map " + MapVersion.version());
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.mutualplan.cli.Main");
      assertThat(file.getEntry("module-info.class")).isNull();
    }
  }

  @Test
  void theJarCarriesItsLicenceAndThoseOfTheLibrariesItBundles() throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(entry(file, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      assertThat(entry(file, "META-INF/THIRD-PARTY.txt"))
          .contains("picocli", "FastCSV", "SLF4J", "iCal4j", "ThreeTen-Extra", "Stax2 API");
      assertThat(entry(file, "META-INF/NOTICE")).contains("Apache Commons", "Jackson");
    }
  }

  private static String entry(JarFile file, String name) throws Exception {
    assertThat(file.getEntry(name)).as(name).isNotNull();
    try (var in = file.getInputStream(file.getEntry(name))) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void theMainJobChecksTheExamplePlanAndPrintsTheReport() throws Exception {
    Run run = map("", "check", "examples/acme-go-live.json", "--as-of", "2026-11-22");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).startsWith("Acme x Globex (acme-2027): ready, score 100/100\n");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void scheduleReadsStandardInputAndWritesJson() throws Exception {
    String plan = Files.readString(repository.resolve("examples/acme-go-live.json"));

    Run run = map(plan, "schedule", "-", "--as-of", "2026-11-22", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode document = new ObjectMapper().readTree(run.stdout());
    assertThat(document.get("format").asText()).isEqualTo("mutual-action-plan-schedule/1");
    assertThat(document.get("milestones")).hasSize(7);
  }

  @Test
  void aMissingFileExitsWithTwoAndNoStackTrace() throws Exception {
    Run run = map("", "schedule", "no-such-plan.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).isEqualTo("map: cannot read no-such-plan.json: no such file\n");
  }

  @Test
  void badUsageExitsWithTwo() throws Exception {
    Run run = map("", "schedule", "--format", "pdf", "examples/acme-go-live.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("'pdf' is not a format of map schedule");
  }

  @Test
  void aCycleExitsWithTwo() throws Exception {
    Run run = map(TestPlans.cycle(), "derive-dates", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("go round in a circle: legal -> procurement -> legal");
  }

  @Test
  void aLargePlanIsScheduledIntoAFile() throws Exception {
    Path plan = LargePlanFile.write(directory.resolve("large.json"), 100_000);
    Path out = directory.resolve("schedule.json");

    Run run = map("", "schedule", plan.toString(), "--as-of", "2026-11-22", "--format", "json",
        "-o", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).isEmpty();
    JsonNode document = new ObjectMapper().readTree(out.toFile());
    assertThat(document.get("milestones")).hasSize(100_000);
  }

  /** iCal4j logs through SLF4J, which prints a warning when no binding is on the class path. */
  @Test
  void theJarWritesACalendarFeedAndNothingElse() throws Exception {
    Run run = map("", "ical", "examples/acme-go-live.json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void aPlanGoesToAWorkbookAndItsEditsComeBackOntoThePlanInPlace() throws Exception {
    Path plan = Files.copy(repository.resolve("examples/acme-go-live.json"),
        directory.resolve("acme.json"));
    Path workbook = directory.resolve("acme.xlsx");
    Run formatted = map("", "format", plan.toString());

    Run exported = map("", "export", plan.toString(), "--to", "xlsx", "-o", workbook.toString());
    Run imported = map("", "import", workbook.toString(), "--onto", plan.toString(),
        "-o", plan.toString());

    assertThat(exported.exitCode()).as(exported.toString()).isZero();
    assertThat(exported.stderr()).startsWith("map: note: ");
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    assertThat(imported.stderr()).isEmpty();
    assertThat(Files.readString(plan)).isEqualTo(formatted.stdout());
  }

  @Test
  void aBadTableImportedOntoAPlanInPlaceLeavesThePlanAsItWas() throws Exception {
    Path plan = Files.copy(repository.resolve("examples/acme-go-live.json"),
        directory.resolve("acme.json"));
    byte[] before = Files.readAllBytes(plan);
    Path table = Files.writeString(directory.resolve("acme.csv"),
        "Id,Milestone,Due\nlegal,MSA redlines agreed,someday\n");

    Run run = map("", "import", table.toString(), "--onto", plan.toString(),
        "-o", plan.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo(
        "map: " + table + ": row 2, Due: 'someday' is not a date (yyyy-MM-dd)\n");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    try (var files = Files.list(directory)) {
      assertThat(files).containsExactlyInAnyOrder(plan, table);
    }
  }

  /**
   * A plan given as standard input from its file ({@code map export - --to xlsx -o acme.json <
   * acme.json}) is still the plan the command reads: the workbook must not replace it. Only a real
   * process can have a file as its standard input.
   */
  @Test
  void aPlanReadFromStandardInputOutOfItsFileIsNotReplacedByTheOutput() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/stdin")), "the system names standard input's file");
    Path plan = Files.copy(repository.resolve("examples/acme-go-live.json"),
        directory.resolve("acme.json"));
    byte[] before = Files.readAllBytes(plan);
    ProcessBuilder export = new ProcessBuilder(MapJar.command("export", "-", "--to", "xlsx",
        "-o", plan.toString())).redirectInput(plan.toFile());

    Run run = run(export);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr())
        .isEqualTo("map: -o " + plan + " is the plan this command reads; name another file\n");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
  }

  /** On a machine with more cores than threads allowed, the default is the most threads. */
  @Test
  void thePortfolioRunsWithoutThreadsGivenOnAMachineOfMoreCoresThanTheMostThreads()
      throws Exception {
    Run run = run(new ProcessBuilder(MapJar.command(List.of("-XX:ActiveProcessorCount=300"),
        "portfolio", "examples", "--as-of", "2026-11-22")));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).startsWith("Portfolio");
  }

  @Test
  void theRepositoryScriptRunsTheJar() throws Exception {
    assumeTrue(new File("/bin/bash").canExecute() || new File("/usr/bin/bash").canExecute(),
        "the ./map script needs bash");

    Run run = run(List.of("bash", repository.resolve("map").toString(), "--version"), "");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout().strip()).isEqualTo("map " + MapVersion.version());
  }
}
