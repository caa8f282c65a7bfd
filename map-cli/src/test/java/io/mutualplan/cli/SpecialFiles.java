package io.mutualplan.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the system that the command line must not destroy, for tests: named pipes, and a
 * snapshot of a directory to show that nothing but the intended file changed.
 */
final class SpecialFiles {
  private SpecialFiles() {}

  /** Makes a named pipe (FIFO), or skips the test where the system has no {@code mkfifo}. */
  static Path fifo(Path path) throws Exception {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return path;
  }

  /**
   * Makes sure nobody stays blocked on a named pipe: opening it for reading and writing never
   * waits, and gives a reader or a writer still waiting to open it its other end, which closes
   * at once.
   */
  static void release(Path fifo) throws IOException {
    // Opened and closed at once: a waiting reader now sees the end of the stream.
    new RandomAccessFile(fifo.toFile(), "rw").close();
  }

  /** A device of the system, or skips the test where there is none. */
  static Path device(String path) {
    Path device = Path.of(path);
    assumeTrue(Files.exists(device) && isDevice(device), path + " is not on this system");
    return device;
  }

  /** Whether a path is a device or a pipe: something that is neither a file nor a directory. */
  static boolean isDevice(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).isOther();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * What is in a directory, entry by entry: its kind, and a regular file's bytes and
   * permissions, or a link's target. Two snapshots are equal when nothing changed.
   */
  static Map<String, String> snapshot(Path directory) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        entries.put(file.getFileName().toString(), describe(file));
      }
    }
    return entries;
  }

  private static String describe(Path file) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      return "link to " + Files.readSymbolicLink(file);
    }
    if (attributes.isDirectory()) {
      return "directory";
    }
    if (attributes.isOther()) {
      return "special file";
    }
    String permissions = "";
    try {
      permissions = Files.getPosixFilePermissions(file).toString();
    } catch (UnsupportedOperationException e) {
      // No POSIX permissions on this file system: the bytes alone.
    }
    return "file " + permissions + " " + Arrays.hashCode(Files.readAllBytes(file))
        + " (" + Files.size(file) + " bytes)";
  }
}
