package io.mutualplan.json;

import java.nio.file.Path;

/** Where the repository's example plans are, seen from this module: they are not copied. */
final class Examples {
  static final Path DIRECTORY = Path.of("..", "examples");

  private Examples() {}

  static Path named(String name) {
    return DIRECTORY.resolve(name + ".json");
  }
}
