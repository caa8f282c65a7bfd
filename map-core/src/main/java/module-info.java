/**
 * MAP core: the mutual action plan model, working calendars, the backward scheduler and the
 * comparison of two versions of a plan.
 *
 * <p>Depends on nothing but the JDK; Immutables' annotations are needed only to compile.
 */
module io.mutualplan.core {
  requires static org.immutables.value.annotations;

  exports io.mutualplan.core;
  exports io.mutualplan.core.schedule;
  exports io.mutualplan.core.diff;
}
