package io.mutualplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code map --version}: the version this jar was built as, from a resource Maven filled in. */
final class MapVersion implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"map " + version()};
  }

  /** The project version, for example {@code 0.1.0}. */
  static String version() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MapVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IOException("version.properties is missing from the class path");
      }
      properties.load(in);
    }
    return properties.getProperty("version", "unknown");
  }
}
