package io.mutualplan.cli;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One plan of {@code map portfolio} still to be read: a file, whose bytes a worker reads, or a
 * line of an NDJSON stream, whose bytes the reader already holds.
 *
 * @param source the file's path, or the stream's name
 * @param line the line in the stream, or empty for a file
 * @param bytes the line's bytes, or empty for a file (read by the worker)
 * @param problem why it cannot be a plan before it is parsed (a line too long, a directory that
 *     cannot be listed), if so
 */
record PortfolioInput(
    String source, OptionalLong line, Optional<byte[]> bytes, Optional<String> problem) {

  static PortfolioInput file(String path) {
    return new PortfolioInput(path, OptionalLong.empty(), Optional.empty(), Optional.empty());
  }

  static PortfolioInput line(String stream, long line, byte[] bytes) {
    return new PortfolioInput(stream, OptionalLong.of(line), Optional.of(bytes), Optional.empty());
  }

  static PortfolioInput unreadable(String path, String problem) {
    return new PortfolioInput(path, OptionalLong.empty(), Optional.empty(), Optional.of(problem));
  }

  static PortfolioInput brokenLine(String stream, long line, String problem) {
    return new PortfolioInput(
        stream, OptionalLong.of(line), Optional.empty(), Optional.of(problem));
  }
}
