/**
 * The mutual action plan as a self-contained HTML page: {@link io.mutualplan.html.PlanPage}
 * renders a plan, as of a date, for the seller or the buyer.
 */
package io.mutualplan.html;
