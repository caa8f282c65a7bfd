package io.mutualplan.cli.rulesjar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Writes jars for the tests of {@code --rules}: one with {@link ExampleRules}, one with its classes
 * but no provider registered, one with {@link WarningRules}.
 */
public final class RulesJar {
  /** The service file through which a jar registers rule providers. */
  public static final String SERVICE_FILE =
      "META-INF/services/io.mutualplan.rules.spi.QualityRuleProvider";

  private RulesJar() {}

  /** A jar with the classes of {@link ExampleRules} and the service file that registers it. */
  public static Path withRules(Path file) throws IOException {
    return write(file, true, ExampleRules.class, ExampleRules.ExitCriteriaSayWho.class);
  }

  /** A jar with the same classes and no service file: it provides no rules. */
  public static Path withoutRules(Path file) throws IOException {
    return write(file, false, ExampleRules.class, ExampleRules.ExitCriteriaSayWho.class);
  }

  /** A jar with {@link WarningRules}, whose rule warns about every plan, registered. */
  public static Path withWarningRule(Path file) throws IOException {
    return write(file, true, WarningRules.class, WarningRules.OneWarning.class);
  }

  /** A jar of a provider (the first class, registered when asked) and the classes it needs. */
  private static Path write(Path file, boolean registered, Class<?>... classes)
      throws IOException {
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
      if (registered) {
        entry(jar, SERVICE_FILE,
            (classes[0].getName() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> type : classes) {
        String name = type.getName().replace('.', '/') + ".class";
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(name)) {
          entry(jar, name, bytes.readAllBytes());
        }
      }
    }
    return file;
  }

  private static void entry(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    OutputStream out = jar;
    out.write(bytes);
    jar.closeEntry();
  }
}
