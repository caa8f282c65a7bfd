package io.mutualplan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file given with {@code -o}, written the way its kind asks:
 *
 * <ul>
 *   <li>a <b>new path</b> or a <b>regular file</b> is written atomically: to a temporary file in
 *       the same directory, which is moved over the destination once it is complete and on disk.
 *       A run that fails (or is stopped by a signal) leaves the destination as it was, and
 *       {@code map format plan.json -o plan.json} is safe. An existing file keeps its
 *       permissions, and its owner and group where the system lets us set them; a read-only file
 *       is never replaced;
 *   <li>a <b>symbolic link</b> is followed to what it points to (a link to nothing creates the
 *       file it names), so the link stays a link;
 *   <li>anything else (a <b>pipe</b>, a <b>device</b> such as {@code /dev/null} or a terminal) is
 *       written to in place, as a shell's {@code >} would: replacing it would destroy it;
 *   <li>a <b>directory</b> is refused.
 * </ul>
 *
 * <p>Temporary files are named {@code .map-XXXXXXX.tmp}, short whatever the destination's name
 * (a 250-character file name leaves room for them), and recognisable should one ever be left.
 * A shutdown hook removes the temporary file when the run is stopped by SIGINT or SIGTERM.
 */
final class OutputFile {
  /** Linux's own limit on the links followed to resolve one path. */
  private static final int MAX_LINKS = 40;

  private static final String TEMPORARY_PREFIX = ".map-";
  private static final String TEMPORARY_SUFFIX = ".tmp";
  private static final int TEMPORARY_ATTEMPTS = 10;

  private static final Set<PosixFilePermission> WRITE_PERMISSIONS = Set.of(
      PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.OTHERS_WRITE);

  /** While it is written, a replacement is readable by its owner only. */
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  private final String name;
  private final Path path;

  /** The file at {@code path}, which messages call {@code name}: the path as given. */
  OutputFile(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  /** The path as given, for messages. */
  String name() {
    return name;
  }

  /**
   * Whether this is the file at another path, links followed on both sides; false when either
   * does not exist (a new output is no file yet) or cannot be looked at.
   */
  boolean isSameFile(Path other) {
    try {
      return Files.isSameFile(path, other);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Writes the result to the file, as its kind asks. Whatever fails to be read or written on the
   * way is said in the system's words: {@code cannot write out.json: no space left on device}.
   */
  void write(OutputTarget.Body body) {
    try {
      Path current = path;
      for (int links = 0; ; links++) {
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(current, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
          if (!Files.isSymbolicLink(current)) {
            replaceAtomically(current, Optional.empty(), body);
            return;
          }
          if (links == MAX_LINKS) {
            throw failure("too many levels of symbolic links");
          }
          // A link that points to nothing: where it points is the path to create.
          current = current.toAbsolutePath().resolveSibling(Files.readSymbolicLink(current));
          continue;
        }
        if (attributes.isDirectory()) {
          throw failure("it is a directory");
        }
        if (attributes.isRegularFile()) {
          Path file = current.toRealPath();
          replaceAtomically(file, Optional.of(file), body);
        } else {
          writeInPlace(current, body);
        }
        return;
      }
    } catch (IOException e) {
      throw failure(PlanSource.reason(e));
    }
  }

  /** A pipe or a device: written to as it is. */
  private static void writeInPlace(Path target, OutputTarget.Body body) throws IOException {
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(target, StandardOpenOption.WRITE), OutputTarget.BUFFER_BYTES)) {
      body.writeTo(out);
    }
  }

  /**
   * Writes a temporary file beside {@code target} and moves it over {@code target}.
   *
   * @param target the path to write
   * @param existing the regular file there now, if any
   */
  private void replaceAtomically(Path target, Optional<Path> existing, OutputTarget.Body body)
      throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw failure("no such directory");
    }
    Optional<PosixFileAttributes> previous =
        existing.isPresent() ? posixAttributes(existing.get()) : Optional.empty();
    if (existing.isPresent() && isReadOnly(existing.get(), previous)) {
      throw failure("the file is read-only; map never replaces a read-only file");
    }
    Temporary temporary = createTemporary(directory, previous.isPresent());
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary.path(), StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(
            Channels.newOutputStream(channel), OutputTarget.BUFFER_BYTES);
        body.writeTo(out);
        out.flush();
        // On disk before it takes the destination's name, so a crash cannot leave it empty.
        channel.force(true);
      }
      if (previous.isPresent()) {
        keepAttributes(temporary.path(), previous.get());
      }
      move(temporary.path(), target);
      moved = true;
    } finally {
      temporary.finish(moved);
    }
  }

  private static Optional<PosixFileAttributes> posixAttributes(Path file) throws IOException {
    try {
      return Optional.of(Files.readAttributes(file, PosixFileAttributes.class));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * A file nobody may write, or that this process may not write. The permissions count too,
   * because the system lets the superuser write anything: a file made read-only on purpose
   * stays as it is whoever runs {@code map}.
   */
  private static boolean isReadOnly(Path file, Optional<PosixFileAttributes> attributes) {
    if (!Files.isWritable(file)) {
      return true;
    }
    return attributes
        .map(posix -> posix.permissions().stream().noneMatch(WRITE_PERMISSIONS::contains))
        .orElse(false);
  }

  /**
   * Gives the replacement the replaced file's permissions, and its owner and group where the
   * system allows it (an ordinary user cannot give a file away; it then belongs to them).
   */
  private static void keepAttributes(Path replacement, PosixFileAttributes previous)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    PosixFileAttributes now = view.readAttributes();
    if (!now.owner().equals(previous.owner())) {
      try {
        view.setOwner(previous.owner());
      } catch (IOException e) {
        // Not allowed: the replacement stays the writer's own, as any file it creates.
      }
    }
    if (!now.group().equals(previous.group())) {
      try {
        view.setGroup(previous.group());
      } catch (IOException e) {
        // Not a member of the group: the replacement keeps the writer's group.
      }
    }
    // Last, because changing the owner can clear the set-user-id and set-group-id bits.
    view.setPermissions(previous.permissions());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private BadInputException failure(String reason) {
    return new BadInputException("cannot write " + name + ": " + reason);
  }

  /**
   * Creates an empty temporary file in a directory, with the permissions of any new file, or
   * readable by its owner only when it is to replace a file (it gets that file's permissions once
   * complete).
   */
  private Temporary createTemporary(Path directory, boolean ownerOnly) {
    for (int attempt = 1; ; attempt++) {
      Path temporary = directory.resolve(TEMPORARY_PREFIX
          + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), Character.MAX_RADIX)
          + TEMPORARY_SUFFIX);
      Thread cleanup = new Thread(() -> Temporary.delete(temporary), "map: remove " + temporary);
      try {
        // Registered first: a signal between creating the file and registering would leave it.
        Runtime.getRuntime().addShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        throw failure("map is being stopped");
      }
      try {
        if (ownerOnly) {
          Files.createFile(temporary, OWNER_ONLY);
        } else {
          Files.createFile(temporary);
        }
        return new Temporary(temporary, cleanup);
      } catch (FileAlreadyExistsException e) {
        Temporary.forget(cleanup);
        if (attempt == TEMPORARY_ATTEMPTS) {
          throw failure("cannot create a temporary file in " + directory);
        }
      } catch (IOException e) {
        Temporary.forget(cleanup);
        throw failure("cannot create a file in its directory: " + PlanSource.reason(e));
      }
    }
  }

  /**
   * A temporary file being written, and the shutdown hook that removes it if the process is
   * stopped first.
   */
  private record Temporary(Path path, Thread cleanup) {
    /** Removes the file unless it was moved into place, and the hook with it. */
    void finish(boolean moved) {
      if (!moved) {
        delete(path);
      }
      forget(cleanup);
    }

    static void forget(Thread cleanup) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // The process is stopping: the hook runs now and removes the file.
      }
    }

    static void delete(Path path) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Nothing more can be done; the name (.map-*.tmp) tells what the file was.
      }
    }
  }
}
