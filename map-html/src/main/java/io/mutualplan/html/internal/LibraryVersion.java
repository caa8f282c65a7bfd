package io.mutualplan.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of MAP this jar was built as, from a resource Maven filled in. */
public final class LibraryVersion {
  /** The version, for example {@code 0.1.0}. */
  public static final String VERSION = read();

  private LibraryVersion() {}

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from map-html's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties from map-html's jar", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
