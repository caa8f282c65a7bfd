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
    // Every default is a constant, so no initialization shim is needed to order them; the shim
    // costs an object and two volatile writes for each milestone and dependency built.
    unsafeDefaultAndDerived = true,
    depluralize = true,
    depluralizeDictionary = {"dependsOn:dependsOn"},
    defaults = @Value.Immutable(copy = true))
public @interface PlanStyle {}
