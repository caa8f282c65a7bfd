package io.mutualplan.forecast.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the forecast's values, the same as the plan model's: a package-private
 * {@code AbstractX} declares the value, the generated public {@code X} is what users see ({@code
 * ForecastSettings.builder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // No @Generated on the generated types: javac would warn wherever the annotations are not on
    // the class path (see map-core's PlanStyle). Override is a placeholder: empty allows all.
    allowedClasspathAnnotations = Override.class,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
public @interface ForecastStyle {}
