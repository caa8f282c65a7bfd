package io.mutualplan.testkit.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.mutualplan.rules.spi.QualityRule;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * ArchUnit rules for your own {@link QualityRule} classes, in the manner of ArchUnit's {@code
 * GeneralCodingRules}: each constant is a rule to check against the classes you import.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.rules")
 * class RuleConventionsTest {
 *   @ArchTest
 *   static final ArchRule conventions = QualityRuleConventions.ALL_CONVENTIONS;
 * }
 * }</pre>
 *
 * <p>or, without the ArchUnit JUnit 5 engine:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.example.rules");
 * QualityRuleConventions.ALL_CONVENTIONS.check(classes);
 * }</pre>
 *
 * <p>"Rule classes" are the classes that implement {@link QualityRule}, directly or through a
 * superclass. The checks look at the rule classes' own code and, except for statelessness, at
 * the classes nested in them (lambdas, method references and anonymous classes included); they do
 * not follow calls into other classes. Like every ArchUnit rule, each fails when the classes it is checked against
 * contain no rule class at all, which catches an import that missed your rules.
 */
// ArchUnit's types: a test that checks these rules reads ArchUnit itself (an optional dependency).
@SuppressWarnings("exports")
public final class QualityRuleConventions {
  private QualityRuleConventions() {}

  /** Classes that implement {@code QualityRule}, and the classes nested in them. */
  private static final DescribedPredicate<JavaClass> RULES_AND_THEIR_NESTED_CLASSES =
      new DescribedPredicate<>("are quality rules or nested in one") {
        @Override
        public boolean test(JavaClass javaClass) {
          for (Optional<JavaClass> current = Optional.of(javaClass); current.isPresent();
              current = current.get().getEnclosingClass()) {
            if (isRule(current.get())) {
              return true;
            }
          }
          return false;
        }
      };

  private static final DescribedPredicate<JavaClass> RULES =
      new DescribedPredicate<>("are quality rules") {
        @Override
        public boolean test(JavaClass javaClass) {
          return isRule(javaClass);
        }
      };

  private static boolean isRule(JavaClass javaClass) {
    return !javaClass.isInterface() && javaClass.isAssignableTo(QualityRule.class);
  }

  /**
   * Rule classes have no field that is not final, instance or static: one rule instance checks
   * many plans on many threads at once, so anything a rule remembers leaks from one plan into the
   * next. (A final field can still hold something mutable; keep those immutable too.)
   */
  public static final ArchRule RULES_ARE_STATELESS =
      // Asked of the rule classes, not of their fields: a rule with no fields at all is the best
      // kind, and a rule over fields would find nothing to check in it and fail.
      classes().that(RULES)
          .should().haveOnlyFinalFields()
          .because("one rule instance checks many plans on many threads at once, so state kept in"
              + " a field leaks from one plan into the next; compute everything in check()");

  private static final Set<String> CLOCK_METHODS_OF_SYSTEM = Set.of("currentTimeMillis", "nanoTime");

  private static final DescribedPredicate<JavaAccess<?>> READ_THE_CLOCK =
      new DescribedPredicate<>("read the clock (java.time's now(), Clock.system*(),"
          + " System.currentTimeMillis(), System.nanoTime(), Thread.sleep())") {
        @Override
        public boolean test(JavaAccess<?> access) {
          String owner = access.getTargetOwner().getName();
          String name = access.getName();
          return owner.startsWith("java.time.") && name.equals("now")
              || owner.equals("java.time.Clock") && name.startsWith("system")
              || owner.equals("java.lang.System") && CLOCK_METHODS_OF_SYSTEM.contains(name)
              || owner.equals("java.lang.Thread") && name.equals("sleep");
        }
      };

  /**
   * Rule classes (and the classes nested in them) do not read the clock: the rule's today is
   * {@code context.asOf()}, so the same plan as of the same date always gets the same report.
   */
  public static final ArchRule RULES_DO_NOT_READ_THE_CLOCK =
      noClasses().that(RULES_AND_THEIR_NESTED_CLASSES)
          .should().accessTargetWhere(READ_THE_CLOCK)
          .because("a rule's today is context.asOf(): reading the clock makes the same plan get"
              + " different reports on different days, and tests that cannot be repeated");

  private static final DescribedPredicate<JavaAccess<?>> DRAW_RANDOM_NUMBERS =
      new DescribedPredicate<>("draw random numbers (Math.random(), UUID.randomUUID(),"
          + " java.util.Random and every other RandomGenerator)") {
        @Override
        public boolean test(JavaAccess<?> access) {
          String owner = access.getTargetOwner().getName();
          String name = access.getName();
          return owner.equals("java.lang.Math") && name.equals("random")
              || owner.equals("java.lang.StrictMath") && name.equals("random")
              || owner.equals("java.util.UUID") && name.equals("randomUUID")
              || access.getTargetOwner().isAssignableTo(RandomGenerator.class);
        }
      };

  /**
   * Rule classes (and the classes nested in them) draw no random numbers: a report must be
   * deterministic.
   */
  public static final ArchRule RULES_DO_NOT_USE_RANDOMNESS =
      noClasses().that(RULES_AND_THEIR_NESTED_CLASSES)
          .should().accessTargetWhere(DRAW_RANDOM_NUMBERS)
          .because("the same plan as of the same date must always get the same findings");

  /**
   * Rule classes (and the classes nested in them) do not write to {@code System.out} or {@code
   * System.err}, nor print stack traces: a rule speaks through its findings.
   */
  public static final ArchRule RULES_DO_NOT_WRITE_TO_STANDARD_STREAMS =
      noClasses().that(RULES_AND_THEIR_NESTED_CLASSES)
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("a rule reports through context.report(...), where the report, the command line"
              + " and the caller's logs can see it");

  /** Every convention above, checked together. */
  public static final ArchRule ALL_CONVENTIONS = CompositeArchRule
      .of(RULES_ARE_STATELESS)
      .and(RULES_DO_NOT_READ_THE_CLOCK)
      .and(RULES_DO_NOT_USE_RANDOMNESS)
      .and(RULES_DO_NOT_WRITE_TO_STANDARD_STREAMS);
}
