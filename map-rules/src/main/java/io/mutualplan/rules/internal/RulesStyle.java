package io.mutualplan.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the rules module's values: a package-private {@code AbstractX} declares
 * the value, and the generated public {@code X} is what users see ({@code Finding.builder()}).
 *
 * <p>Every module with values has its own copy of this style, all identical: an annotation in a
 * package that is not exported cannot be used from another module. {@code docs/decisions.md}
 * says why; keep the copies the same.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // No annotation found on the compiler's class path goes on the generated types: the default
    // adds @org.immutables.value.Generated (or javax.annotation.processing.Generated where
    // java.compiler is read), whose class is missing wherever the annotations are not (every
    // module that compiles against these types), so javac warns once per type there. Override is
    // only a placeholder: an empty list would allow them all.
    allowedClasspathAnnotations = Override.class,
    // Every default is a constant and every derived value reads only attributes declared before
    // it, so no initialization shim is needed to order them; the shim costs an object and two
    // volatile writes for each value built (each milestone and dependency of a plan).
    unsafeDefaultAndDerived = true,
    depluralize = true,
    depluralizeDictionary = {"dependsOn:dependsOn"},
    defaults = @Value.Immutable(copy = true))
public @interface RulesStyle {}
