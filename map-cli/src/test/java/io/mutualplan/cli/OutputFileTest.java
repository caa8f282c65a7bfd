package io.mutualplan.cli;

import static io.mutualplan.cli.MapRun.example;
import static io.mutualplan.cli.MapRun.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mutualplan.cli.MapRun.Result;
import io.mutualplan.cli.rulesjar.RulesJar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -o OUT}: the result goes to the file, which is replaced only when the run succeeds, as
 * its kind asks: a regular file or a new path atomically, keeping its permissions; a link
 * followed; a pipe or a device written to in place; a read-only file never.
 */
class OutputFileTest {
  @TempDir Path directory;

  @Test
  void theResultGoesToTheFileAndNothingToStandardOutput() throws Exception {
    Path out = directory.resolve("schedule.json");

    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json", "-o", out.toString()).run();
    Result toStdout = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "--format", "json").run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(toStdout.stdout());
    assertThat(directory).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aFailedRunLeavesAnExistingFileAsItWasAndNoTemporaryFile() throws Exception {
    Path out = Files.writeString(directory.resolve("plan.json"), "precious");

    Result result = map("derive-dates", "-", "-o", out.toString()).stdin(TestPlans.cycle()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("precious");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aFailureWhileWritingRemovesTheTemporaryFile() throws Exception {
    Path out = directory.resolve("plan.json");
    OutputTarget target = OutputTarget.of(Optional.of(out.toString()), System.out);

    assertThatThrownBy(() -> target.write(stream -> {
      stream.write("half a plan".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(BadInputException.class).hasMessage("cannot write " + out + ": disk full");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void formattingAFileOntoItselfIsSafe() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));

    Result result = map("format", plan.toString(), "-o", plan.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(plan)).startsWith("{\"format\":\"mutual-action-plan/1\",\"id\":\"acme-2027\"");
  }

  /**
   * A command whose result is another document than its input refuses {@code -o} naming that
   * input, before it writes anything: the result would replace the input. {@code IN} is the input
   * named as the output, {@code OTHER} a plan beside it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "check IN | the plan",
      "check OTHER --config IN | the rule configuration",
      "schedule IN --format json | the plan",
      "forecast IN | the plan",
      "report IN | the plan",
      "ical IN | the plan",
      "export IN --to csv | the plan",
      "export IN --to xlsx | the plan",
      "diff IN OTHER | the older plan",
      "diff OTHER IN | the newer plan",
      "portfolio OTHER IN | a plan",
      "portfolio --ndjson IN | the NDJSON file"})
  void aCommandRefusesAnOutputThatIsAnInputOfAnotherKindAndKeepsTheInput(String command,
      String what) throws Exception {
    Path input = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("in.json"));
    Path other = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("o.json"));
    byte[] before = Files.readAllBytes(input);
    List<String> arguments = new ArrayList<>();
    for (String word : command.split(" ")) {
      arguments.add(word.equals("IN") ? input.toString()
          : word.equals("OTHER") ? other.toString() : word);
    }
    if (!arguments.get(0).equals("export")) {
      arguments.addAll(List.of("--as-of", "2026-11-22"));
    }
    arguments.addAll(List.of("-o", input.toString()));

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: -o " + input + " is " + what + " this command reads; name another file\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactlyInAnyOrder(input, other);
    }
  }

  /**
   * A jar of custom rules is an input too, given with {@code --rules} or in {@code MAP_RULES}: the
   * output must not replace it.
   */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "check PLAN | --rules", "report PLAN | --rules", "diff PLAN PLAN | --rules",
      "portfolio PLAN | --rules", "check PLAN | MAP_RULES"})
  void aCommandRefusesAnOutputThatIsARulesJarAndKeepsTheJar(String command, String given)
      throws Exception {
    Path jar = RulesJar.withRules(directory.resolve("team-rules.jar"));
    byte[] before = Files.readAllBytes(jar);
    List<String> arguments = new ArrayList<>();
    for (String word : command.split(" ")) {
      arguments.add(word.equals("PLAN") ? example("acme-go-live.json") : word);
    }
    arguments.addAll(List.of("--as-of", "2026-11-22", "-o", jar.toString()));
    MapRun run;
    if (given.equals("--rules")) {
      arguments.addAll(List.of("--rules", jar.toString()));
      run = map(arguments.toArray(String[]::new));
    } else {
      run = map(arguments.toArray(String[]::new)).environment("MAP_RULES", jar.toString());
    }

    Result result = run.run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: -o " + jar + " is a rules jar this command reads; name another file\n");
    assertThat(Files.readAllBytes(jar)).isEqualTo(before);
  }

  /**
   * The refusal comes before the jars are opened: a file named as a rules jar and as the output
   * is refused as the output, whatever it holds, rather than reported as a jar that cannot be
   * read.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check PLAN", "report PLAN", "diff PLAN PLAN", "portfolio PLAN"})
  void theRefusalOfARulesJarAsTheOutputComesBeforeTheJarIsOpened(String command)
      throws Exception {
    Path notAJar = Files.writeString(directory.resolve("team-rules.jar"), "not a jar");
    List<String> arguments = new ArrayList<>();
    for (String word : command.split(" ")) {
      arguments.add(word.equals("PLAN") ? example("acme-go-live.json") : word);
    }
    arguments.addAll(
        List.of("--as-of", "2026-11-22", "-o", notAJar.toString(), "--rules", notAJar.toString()));

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: -o " + notAJar + " is a rules jar this command reads; name another file\n");
    assertThat(Files.readString(notAJar)).isEqualTo("not a jar");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a new plan", "onto a plan"})
  void importRefusesAnOutputThatIsItsTableAndKeepsTheTable(String how) throws Exception {
    Path table = Files.copy(Path.of(TableFiles.acmeCsv()), directory.resolve("acme.csv"));
    byte[] before = Files.readAllBytes(table);
    List<String> arguments = new ArrayList<>(List.of("import", table.toString()));
    arguments.addAll(how.equals("a new plan")
        ? List.of("--id", "acme-2027", "--title", "Acme x Globex", "--buyer", "Acme Corp",
            "--seller", "Globex")
        : List.of("--onto", example("acme-go-live.json")));
    arguments.addAll(List.of("-o", table.toString()));

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: -o " + table + " is the table this command reads; name another file\n");
    assertThat(Files.readAllBytes(table)).isEqualTo(before);
  }

  @Test
  void anOutputThatIsTheInputByAnotherPathIsRecognisedAndRefused() throws Exception {
    Path plan = Files.copy(Path.of(example("acme-go-live.json")), directory.resolve("acme.json"));
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), plan.getFileName());
    byte[] before = Files.readAllBytes(plan);

    Result result = map("export", plan.toString(), "--to", "csv", "-o", link.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).contains("-o " + link + " is the plan this command reads");
    assertThat(Files.readAllBytes(plan)).isEqualTo(before);
  }

  /** The commands that write the plan back may name it as their output: the plan is updated. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"format", "derive-dates", "import --onto"})
  void aCommandThatWritesThePlanBackUpdatesItInPlace(String command) throws Exception {
    Path plan = Files.writeString(directory.resolve("plan.json"), TestPlans.chainWithoutDueDates());
    List<String> arguments = new ArrayList<>(List.of(command.split(" ")[0]));
    if (command.equals("import --onto")) {
      Path table = Files.writeString(directory.resolve("edits.csv"),
          "Id,Milestone\r\na,First step renamed\r\nb,Second\r\nc,Third\r\n");
      arguments.addAll(List.of(table.toString(), "--onto"));
    }
    arguments.addAll(List.of(plan.toString(), "-o", plan.toString()));
    String before = Files.readString(plan);

    Result result = map(arguments.toArray(String[]::new)).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(plan)).isNotEqualTo(before)
        .startsWith("{\"format\":\"mutual-action-plan/1\"");
  }

  /**
   * A command that writes its plan back and fails leaves the plan as it was, and no temporary
   * file: the input is read whole before anything is written, and the output replaces a file only
   * when the run succeeds.
   */
  @ParameterizedTest
  @ValueSource(strings = {"format", "derive-dates"})
  void aFailedRunWhoseOutputIsItsInputLeavesTheInputAsItWas(String command) throws Exception {
    // A plan whose dependencies go round in a circle (read fine, and only then found wrong by
    // deriving its dates) or with a typo.
    Path input = Files.writeString(directory.resolve("plan.json"),
        command.equals("derive-dates") ? TestPlans.cycle()
            : TestPlans.plan("", "").replace("\"title\":", "\"titel\":\"typo\",\"title\":"));
    byte[] before = Files.readAllBytes(input);

    Result result = map(command, input.toString(), "-o", input.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(input);
    }
  }

  /** A trailing separator names a directory: never a file named like it. */
  @ParameterizedTest
  @ValueSource(strings = {"reports", "plan.json"})
  void anOutputEndingInASeparatorIsRefusedAndNothingIsWritten(String name) {
    Path out = directory.resolve(name);

    Result result = map("format", example("acme-go-live.json"), "-o", out + "/").run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: -o " + out + "/ names a directory; give the "
        + "name of the file to write in it\n");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void aMissingDirectoryIsBadInput() {
    Path out = directory.resolve("no").resolve("such").resolve("plan.json");

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write " + out + ": no such directory\n");
  }

  @Test
  void aDirectoryAsOutputIsBadInput() {
    Result result = map("format", example("acme-go-live.json"), "-o", directory.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("it is a directory");
  }

  @Test
  void aDashMeansStandardOutput() {
    Result result = map("format", example("acme-go-live.json"), "-o", "-").run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("{\"format\":\"mutual-action-plan/1\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
  void theNamesOfStandardOutputMeanTheProcesssOwnStandardOutput(String name) {
    Result result = map("format", example("acme-go-live.json"), "-o", name).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdout()).isEqualTo(formatted());
  }

  @Test
  void textWrittenToAFileIsNeverColoured() throws Exception {
    Path out = directory.resolve("schedule.txt");

    Result result = map("schedule", example("acme-go-live.json"), "--as-of", "2026-11-22",
        "-o", out.toString()).onTerminal().run();

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(out)).doesNotContain("\u001b[");
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
    Path target = Files.writeString(directory.resolve("plan.json"), "old");
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), target.getFileName());

    Result result = map("format", example("acme-go-live.json"), "-o", link.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(link).isSymbolicLink();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(target.getFileName());
    assertThat(Files.readString(target)).isEqualTo(formatted());
    assertThat(SpecialFiles.snapshot(directory)).containsOnlyKeys("plan.json", "link.json");
  }

  @Test
  void aLinkToNothingCreatesTheFileItNames() throws Exception {
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), Path.of("new.json"));

    Result result = map("format", example("acme-go-live.json"), "-o", link.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(link).isSymbolicLink();
    assertThat(Files.readString(directory.resolve("new.json"))).isEqualTo(formatted());
  }

  @Test
  void linksThatGoRoundInACircleAreBadInput() throws Exception {
    Path first = directory.resolve("first.json");
    Files.createSymbolicLink(first, Path.of("second.json"));
    Files.createSymbolicLink(directory.resolve("second.json"), Path.of("first.json"));
    Map<String, String> before = SpecialFiles.snapshot(directory);

    Result result = map("format", example("acme-go-live.json"), "-o", first.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("map: cannot write " + first + ": ")
        .containsIgnoringCase("symbolic links");
    assertThat(SpecialFiles.snapshot(directory)).isEqualTo(before);
  }

  @Test
  void aNamedPipeIsWrittenToNotReplaced() throws Exception {
    Path fifo = SpecialFiles.fifo(directory.resolve("pipe"));
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> readAll(fifo));

    Result result = map("format", example("acme-go-live.json"), "-o", fifo.toString()).run();
    SpecialFiles.release(fifo);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(new String(reader.get(), StandardCharsets.UTF_8)).isEqualTo(formatted());
    assertThat(SpecialFiles.isDevice(fifo)).as("still a named pipe").isTrue();
    assertThat(SpecialFiles.snapshot(directory)).containsOnlyKeys("pipe");
  }

  @Test
  void aDeviceIsWrittenToInPlace() {
    Path devNull = SpecialFiles.device("/dev/null");

    Result result = map("format", example("acme-go-live.json"), "-o", devNull.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(SpecialFiles.isDevice(devNull)).as("/dev/null is still a device").isTrue();
  }

  @Test
  void aFullDeviceIsBadInputThatSaysSo() {
    Path devFull = SpecialFiles.device("/dev/full");

    Result result = map("format", example("acme-go-live.json"), "-o", devFull.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write /dev/full: no space left on device\n");
    assertThat(SpecialFiles.isDevice(devFull)).isTrue();
  }

  @Test
  void aReadOnlyFileIsNeverReplaced() throws Exception {
    Path out = Files.writeString(directory.resolve("plan.json"), "precious");
    assertThat(out.toFile().setWritable(false, false)).isTrue();
    Map<String, String> before = SpecialFiles.snapshot(directory);

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("map: cannot write " + out
        + ": the file is read-only; map never replaces a read-only file\n");
    assertThat(SpecialFiles.snapshot(directory)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-------", "rw-r-----", "rwxr-xr-x", "rw-rw-rw-"})
  void aReplacedFileKeepsItsPermissions(String permissions) throws Exception {
    Path out = Files.writeString(directory.resolve("plan.json"), "old");
    assumePosix(out);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(permissions));

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(out)).isEqualTo(formatted());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo(permissions);
  }

  /** Root may give a file away: then the replacement keeps the replaced file's owner and group. */
  @Test
  void aReplacedFileKeepsItsOwnerAndGroupWhereTheSystemAllowsIt() throws Exception {
    Path out = Files.writeString(directory.resolve("plan.json"), "old");
    assumePosix(out);
    assumeTrue(givenToNobody(out), "only root can give a file to nobody and nogroup");
    PosixFileAttributes before = Files.readAttributes(out, PosixFileAttributes.class);

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(out)).isEqualTo(formatted());
    PosixFileAttributes after = Files.readAttributes(out, PosixFileAttributes.class);
    assertThat(after.owner()).isEqualTo(before.owner());
    assertThat(after.group()).isEqualTo(before.group());
  }

  /** Gives a file to the user nobody and the group nogroup, when the system lets this process. */
  private static boolean givenToNobody(Path file) {
    try {
      UserPrincipalLookupService names = file.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      view.setOwner(names.lookupPrincipalByName("nobody"));
      view.setGroup(names.lookupPrincipalByGroupName("nogroup"));
      return true;
    } catch (IOException e) {
      return false; // not root, or no such user or group
    }
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFile() throws Exception {
    Path any = Files.createFile(directory.resolve("any"));
    assumePosix(any);
    Path out = directory.resolve("plan.json");

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(any));
  }

  @Test
  void theReplacementOfAFileIsReadableOnlyByItsOwnerUntilItIsComplete() throws Exception {
    Path out = Files.writeString(directory.resolve("secret.json"), "old");
    assumePosix(out);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
    List<String> seen = new ArrayList<>();

    OutputTarget.of(Optional.of(out.toString()), System.out).write(stream -> {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (!file.equals(out)) {
            seen.add(file.getFileName() + " "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
          }
        }
      }
      stream.write("new".getBytes(StandardCharsets.UTF_8));
    });

    assertThat(seen).singleElement().asString().matches("\\.map-[0-9a-z]+\\.tmp rw-------");
    assertThat(Files.readString(out)).isEqualTo("new");
  }

  @Test
  void aFileNameOf250CharactersCanBeWritten() throws Exception {
    Path out = directory.resolve("p".repeat(245) + ".json");

    Result result = map("format", example("acme-go-live.json"), "-o", out.toString()).run();

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(out)).isEqualTo(formatted());
    assertThat(SpecialFiles.snapshot(directory)).containsOnlyKeys(out.getFileName().toString());
  }

  @Test
  void anEmptyFileNameSaysThatItNamesNoFile() {
    Result result = map("format", example("acme-go-live.json"), "-o", "").run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("map: -o '' names no file; give a file name, or - for standard output\n");
  }

  @Test
  void theRootDirectorySaysThatItIsADirectory() {
    Path root = directory.getRoot();

    Result result = map("format", example("acme-go-live.json"), "-o", root.toString()).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo(
        "map: -o " + root + " names a directory; give the name of the file to write in it\n");
  }

  /** What {@code map format} writes for the Acme example. */
  private static String formatted() {
    return map("format", example("acme-go-live.json")).run().stdout();
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assumePosix(Path file) {
    assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null,
        "a file system without POSIX permissions");
  }
}
