package io.mutualplan.core;

/**
 * JSON Pointer (RFC 6901) spelling of object keys, in one place for every module that points into
 * a document: a plan's attributes, a rule configuration's rule ids and parameters.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
   *
   * @param token an object's key
   * @return the token as a JSON Pointer writes it
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
