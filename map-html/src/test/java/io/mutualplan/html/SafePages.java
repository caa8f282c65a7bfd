package io.mutualplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What makes a page safe to open, checked on a parsed page: the plan's and the portfolio's. */
final class SafePages {
  /** Attributes that make a browser fetch or navigate somewhere. */
  private static final Set<String> REFERENCES = Set.of("src", "srcset", "href", "xlink:href",
      "action", "formaction", "poster", "data", "background", "cite", "ping", "manifest",
      "codebase", "longdesc", "usemap", "lowsrc", "dynsrc");

  /** Elements that load, embed or run something. */
  private static final String LOADING_ELEMENTS = "script, img, iframe, frame, object, embed,"
      + " link, base, form, audio, video, source, track, picture, image, use, foreignObject,"
      + " feImage, meta[http-equiv=refresh], applet, portal";

  private SafePages() {}

  /**
   * No element loads, embeds or runs anything, no attribute is an event handler or a style, every
   * link stays inside the page, and the style sheet imports nothing.
   */
  static void assertNothingLoadsOrRuns(Document page) {
    assertThat(page.select(LOADING_ELEMENTS)).isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as(element.tagName()).doesNotStartWith("on");
        assertThat(name).as(element.tagName()).isNotEqualTo("style");
        if (REFERENCES.contains(name)) {
          assertThat(name).isEqualTo("href");
          assertThat(attribute.getValue()).as("a link inside the page").startsWith("#");
        }
      }
    }
    for (Element style : page.select("style")) {
      String css = style.data().toLowerCase(Locale.ROOT);
      assertThat(css).doesNotContain("url(", "@import", "@font-face", "expression(", "image-set(");
    }
  }

  /** One policy, right after the character set, forbidding every load but the style sheet. */
  static void assertStrictPolicy(Document page) {
    List<Element> policies = page.select("meta[http-equiv=Content-Security-Policy]");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0).attr("content"))
        .startsWith("default-src 'none'; style-src 'sha256-")
        .doesNotContain("unsafe", "http", "*");
    assertThat(page.head().child(0).tagName()).isEqualTo("meta");
    assertThat(page.head().child(1)).isSameAs(policies.get(0));
  }
}
