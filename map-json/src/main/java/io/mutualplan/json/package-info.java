/**
 * JSON for mutual action plans: {@link io.mutualplan.json.MapJson} reads and writes the {@code
 * mutual-action-plan/1} document (and the schedule and report documents), and {@link
 * io.mutualplan.json.MapJsonModule} plugs the same codecs into a Jackson {@code ObjectMapper}.
 * Problems are reported as {@link io.mutualplan.json.PlanFormatException}.
 */
package io.mutualplan.json;
