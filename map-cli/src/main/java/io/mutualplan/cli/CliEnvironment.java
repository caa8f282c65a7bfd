package io.mutualplan.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the command line takes from the world outside it: the standard streams, the clock,
 * the environment variables and whether standard output and standard error are terminals. {@link Main} builds the
 * real one; tests build one in memory, so every run is deterministic.
 *
 * @param stdin standard input, read when the plan argument is {@code -}
 * @param stdout standard output
 * @param stderr standard error
 * @param clock the clock that gives today's date when {@code --as-of} is not given; the command
 *     line is the one place that reads it
 * @param environment the environment variables ({@code NO_COLOR} turns colour off)
 * @param terminal whether standard output is an interactive terminal (colour is used only then)
 * @param errorTerminal whether standard error is a terminal (a progress line is shown only then)
 */
record CliEnvironment(
    InputStream stdin,
    OutputStream stdout,
    OutputStream stderr,
    Clock clock,
    Map<String, String> environment,
    boolean terminal,
    boolean errorTerminal) {

  CliEnvironment {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(clock, "clock");
    environment = Map.copyOf(environment);
  }

  /**
   * The real world: the process's streams, the system clock in the default zone.
   *
   * <p>Standard output is the file descriptor itself, not {@code System.out}: a {@code
   * PrintStream} swallows write errors, and a command that lost its output to a full disk, a
   * closed descriptor or a broken pipe must not say it succeeded.
   */
  static CliEnvironment system() {
    boolean terminal = interactiveTerminal();
    return new CliEnvironment(
        System.in,
        new FileOutputStream(FileDescriptor.out),
        System.err,
        Clock.systemDefaultZone(),
        System.getenv(),
        terminal,
        errorTerminal(terminal));
  }

  /**
   * Whether standard error is a terminal. Java has no call for it: on Linux the descriptor's link
   * in {@code /proc} names the device, a terminal's under {@code /dev/pts} or {@code /dev/tty};
   * where there is no such link, the console's answer stands in for it.
   */
  private static boolean errorTerminal(boolean consoleIsTerminal) {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return consoleIsTerminal;
    }
  }

  /**
   * Whether the process talks to a terminal. Up to Java 21 a console exists only then; from Java
   * 22 a console may exist for redirected streams too, and {@code Console.isTerminal()} tells.
   */
  private static boolean interactiveTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** An environment variable, when it is set. */
  Optional<String> variable(String name) {
    return Optional.ofNullable(environment.get(name));
  }
}
