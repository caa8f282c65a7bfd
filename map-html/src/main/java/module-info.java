/**
 * MAP HTML: the mutual action plan as a self-contained HTML page, with the MAP table, a Gantt
 * chart and, when asked, the forecast, for the seller or the buyer. {@link io.mutualplan.html.PlanPage} renders it.
 *
 * <p>The page's templates are compiled into this module when it is built; at run time it needs
 * only jte's small runtime, no template compiler.
 */
module io.mutualplan.html {
  requires transitive io.mutualplan.rules;
  requires transitive io.mutualplan.forecast;
  requires gg.jte.runtime;
  requires static org.immutables.value.annotations;
  // The templates compiled at build time carry @Generated, an annotation of the source only.
  requires static java.compiler;

  exports io.mutualplan.html;
}
