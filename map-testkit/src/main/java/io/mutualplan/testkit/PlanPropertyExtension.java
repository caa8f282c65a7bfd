package io.mutualplan.testkit;

import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Suggestion;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.TestAbortedException;

/**
 * Runs a {@link PlanProperty} method once per case: hands each invocation its plan, and turns the
 * first failure into a shrunk {@link PlanPropertyFailure}.
 */
final class PlanPropertyExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod()
        .map(m -> AnnotationSupport.isAnnotated(m, PlanProperty.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    PlanProperty property =
        AnnotationSupport.findAnnotation(method, PlanProperty.class).orElseThrow();
    checkParameters(method);
    PlanGenerator generator = generator(context, property.generator());
    int cases = PropertySettings.cases(property.cases());
    long seed = PropertySettings.seed(
        property.seed().isBlank() ? Optional.empty() : Optional.of(property.seed()),
        PropertySettings.seedOf(method.getDeclaringClass().getName() + "#" + method.getName()));
    String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    AtomicBoolean failed = new AtomicBoolean();
    Iterator<TestTemplateInvocationContext> invocations = new Iterator<>() {
      private int caseNumber = 0;
      private long caseSeed = seed;

      @Override
      public boolean hasNext() {
        // JUnit runs each invocation before asking for the next one, so a failure stops the run.
        return caseNumber < cases && !failed.get();
      }

      @Override
      public TestTemplateInvocationContext next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (caseNumber > 0) {
          caseSeed = PropertySettings.next(caseSeed);
        }
        caseNumber++;
        Counterexample.Origin origin =
            new Counterexample.Origin(name, caseNumber, cases, seed, caseSeed);
        return new Case(origin, generator, property.shrink(), failed);
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(invocations, Spliterator.ORDERED), false);
  }

  private static void checkParameters(Method method) {
    int plans = 0;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.getType() == MutualActionPlan.class) {
        plans++;
      } else if (parameter.getType() != RandomGenerator.class) {
        throw new ExtensionConfigurationException("@PlanProperty method " + method.getName()
            + " has a parameter of type " + parameter.getType().getName()
            + "; it may take only a MutualActionPlan and a RandomGenerator");
      }
    }
    if (plans != 1) {
      throw new ExtensionConfigurationException("@PlanProperty method " + method.getName()
          + " must take exactly one MutualActionPlan parameter, not " + plans);
    }
  }

  /** The generator named in the annotation: a static method or field, here or in another class. */
  private static PlanGenerator generator(ExtensionContext context, String reference) {
    if (reference.isBlank()) {
      return PlanGenerators.validPlans();
    }
    Class<?> owner = context.getRequiredTestClass();
    String member = reference.trim();
    int hash = member.indexOf('#');
    if (hash >= 0) {
      String className = member.substring(0, hash);
      owner = ReflectionSupport.tryToLoadClass(className).toOptional().orElseThrow(
          () -> new ExtensionConfigurationException("@PlanProperty generator '" + reference
              + "': there is no class " + className));
      member = member.substring(hash + 1);
    }
    Object instance = context.getTestInstance().orElse(null);
    Optional<Method> method = ReflectionSupport.findMethod(owner, member);
    if (method.isPresent()) {
      Object target = Modifier.isStatic(method.get().getModifiers()) ? null : instance;
      return asGenerator(reference, target, method.get(), ReflectionSupport.invokeMethod(
          method.get(), requireTarget(reference, target, method.get().getModifiers())));
    }
    String fieldName = member;
    List<Field> fields = ReflectionSupport.findFields(owner, f -> f.getName().equals(fieldName),
        HierarchyTraversalMode.BOTTOM_UP);
    if (!fields.isEmpty()) {
      Field field = fields.get(0);
      Object target = Modifier.isStatic(field.getModifiers()) ? null : instance;
      requireTarget(reference, target, field.getModifiers());
      Object value = ReflectionSupport.tryToReadFieldValue(field, target).toOptional().orElseThrow(
          () -> new ExtensionConfigurationException(
              "@PlanProperty generator '" + reference + "': the field cannot be read"));
      return asGenerator(reference, target, field, value);
    }
    throw new ExtensionConfigurationException("@PlanProperty generator '" + reference
        + "': " + owner.getName() + " has no method without parameters and no field named '"
        + member + "'" + Suggestion.closest(member, generatorNames(owner))
            .map(name -> "; did you mean '" + name + "'?").orElse(""));
  }

  /** The methods without parameters and the fields of a class that give a PlanGenerator. */
  private static List<String> generatorNames(Class<?> owner) {
    List<String> names = new ArrayList<>();
    for (Method method : ReflectionSupport.findMethods(owner, m -> m.getParameterCount() == 0,
        HierarchyTraversalMode.BOTTOM_UP)) {
      if (PlanGenerator.class.isAssignableFrom(method.getReturnType())) {
        names.add(method.getName());
      }
    }
    for (Field field : ReflectionSupport.findFields(owner,
        f -> PlanGenerator.class.isAssignableFrom(f.getType()), HierarchyTraversalMode.BOTTOM_UP)) {
      names.add(field.getName());
    }
    return names;
  }

  private static Object requireTarget(String reference, Object target, int modifiers) {
    if (target == null && !Modifier.isStatic(modifiers)) {
      throw new ExtensionConfigurationException("@PlanProperty generator '" + reference
          + "' must be static (or the test class must use @TestInstance(PER_CLASS))");
    }
    return target;
  }

  private static PlanGenerator asGenerator(
      String reference, Object target, Object member, Object value) {
    if (value instanceof PlanGenerator) {
      return (PlanGenerator) value;
    }
    throw new ExtensionConfigurationException("@PlanProperty generator '" + reference + "' ("
        + member + ") gives " + (value == null ? "null" : value.getClass().getName())
        + ", not a PlanGenerator");
  }

  /** One case: its plan, its parameters, and what happens when it fails. */
  private static final class Case
      implements TestTemplateInvocationContext, ParameterResolver, TestExecutionExceptionHandler {
    private final Counterexample.Origin origin;
    private final PlanGenerator generator;
    private final boolean shrink;
    private final AtomicBoolean failed;
    private MutualActionPlan plan;

    Case(Counterexample.Origin origin, PlanGenerator generator, boolean shrink,
        AtomicBoolean failed) {
      this.origin = origin;
      this.generator = generator;
      this.shrink = shrink;
      this.failed = failed;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return "case " + origin.caseNumber() + " of " + origin.cases() + " (seed "
          + PropertySettings.format(origin.caseSeed()) + ")";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(this);
    }

    private MutualActionPlan plan() {
      if (plan == null) {
        try {
          plan = generator.plan(new SplittableRandom(origin.caseSeed()));
        } catch (RuntimeException e) {
          failed.set(true);
          throw new IllegalStateException("the generator failed on case " + origin.caseNumber()
              + " (-D" + PropertySettings.SEED + "=" + PropertySettings.format(origin.caseSeed())
              + " -D" + PropertySettings.CASES + "=1 replays it): " + e.getMessage(), e);
        }
      }
      return plan;
    }

    /** A second stream from the case's seed, so the plan's draws and the property's differ. */
    private RandomGenerator random() {
      return new SplittableRandom(PropertySettings.next(~origin.caseSeed()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == MutualActionPlan.class || type == RandomGenerator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == MutualActionPlan.class ? plan() : random();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      if (failure instanceof TestAbortedException) {
        throw failure;
      }
      failed.set(true);
      Method method = context.getRequiredTestMethod();
      Object instance = context.getRequiredTestInstance();
      Counterexample.Rerun rerun = candidate -> Counterexample.attempt(
          p -> ReflectionSupport.invokeMethod(method, instance, arguments(method, p)), candidate);
      throw Counterexample.report(origin, plan(), failure, rerun, shrink);
    }

    private Object[] arguments(Method method, MutualActionPlan candidate) {
      Class<?>[] types = method.getParameterTypes();
      Object[] arguments = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        arguments[i] = types[i] == MutualActionPlan.class ? candidate : random();
      }
      return arguments;
    }
  }
}
