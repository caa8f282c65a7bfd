package io.mutualplan.html.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this module's values, the same as the plan model's: a package-private
 * {@code AbstractX} declares the value, the generated public {@code X} is what users see
 * ({@code PageOptions.builder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // This module reads java.compiler (jte's compiled templates carry @Generated); without this,
    // Immutables would put @Generated on the public PageOptions, an annotation its users cannot
    // see. Only the annotations listed here are copied from the class path.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface HtmlStyle {}
