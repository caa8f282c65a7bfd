package io.mutualplan.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's style sheet, {@code page.css} beside this class, and the Content-Security-Policy that
 * lets the browser apply it and load nothing else: no script, no image, no font, no frame, no
 * connection, from anywhere. The style sheet is allowed by its SHA-256 hash rather than by
 * {@code 'unsafe-inline'}, so not even a style smuggled into the page would apply.
 */
final class PageStyle {
  /** The style sheet, inlined in the page's {@code <style>} element. */
  static final String STYLE_SHEET = read("page.css");

  /** The policy, for the page's {@code <meta http-equiv="Content-Security-Policy">}. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-"
      + sha256(STYLE_SHEET) + "'; base-uri 'none'; form-action 'none'";

  private PageStyle() {}

  private static String read(String resource) {
    try (InputStream in = PageStyle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from map-html's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " from map-html's jar", e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
