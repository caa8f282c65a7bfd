package io.mutualplan.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages' style sheets, {@code page.css} and {@code portfolio.css} beside this class, and the
 * Content-Security-Policy that lets the browser apply a page's sheet and load nothing else: no
 * script, no image, no font, no frame, no connection, from anywhere. A style sheet is allowed by
 * its SHA-256 hash rather than by {@code 'unsafe-inline'}, so not even a style smuggled into the
 * page would apply.
 */
final class PageStyle {
  /** The plan page's style sheet, inlined in the page's {@code <style>} element. */
  static final String STYLE_SHEET = read("page.css");

  /** The plan page's policy, for its {@code <meta http-equiv="Content-Security-Policy">}. */
  static final String CONTENT_SECURITY_POLICY = policy(STYLE_SHEET);

  /**
   * The portfolio page's style sheet: the plan page's, so that both pages look alike from one
   * set of colours, type and table styles, followed by what only the portfolio page has.
   */
  static final String PORTFOLIO_STYLE_SHEET = STYLE_SHEET + read("portfolio.css");

  /** The portfolio page's policy. */
  static final String PORTFOLIO_CONTENT_SECURITY_POLICY = policy(PORTFOLIO_STYLE_SHEET);

  private PageStyle() {}

  private static String policy(String styleSheet) {
    return "default-src 'none'; style-src 'sha256-" + sha256(styleSheet)
        + "'; base-uri 'none'; form-action 'none'";
  }

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
