package io.mutualplan.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: a package-private {@code AbstractX} declares the value,
 * and the generated public {@code X} is what users see ({@code Milestone.builder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // No annotation found on the compiler's class path goes on the generated types: the default
    // adds @org.immutables.value.Generated, whose class is missing wherever the annotations are
    // not (every module that compiles against these types), so javac warns once per type there.
    // Override is only a placeholder: an empty list would allow them all.
    allowedClasspathAnnotations = Override.class,
    // Every default is a constant, so no initialization shim is needed to order them; the shim
    // costs an object and two volatile writes for each milestone and dependency built.
    unsafeDefaultAndDerived = true,
    depluralize = true,
    depluralizeDictionary = {"dependsOn:dependsOn"},
    defaults = @Value.Immutable(copy = true))
public @interface PlanStyle {}
