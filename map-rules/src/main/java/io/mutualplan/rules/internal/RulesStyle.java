package io.mutualplan.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the rules module's values, the same as the plan model's: a
 * package-private {@code AbstractX} declares the value, the generated public {@code X} is what users
 * see ({@code Finding.builder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // As in the plan model's style: no @Generated, whose class is missing downstream.
    allowedClasspathAnnotations = Override.class,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
public @interface RulesStyle {}
