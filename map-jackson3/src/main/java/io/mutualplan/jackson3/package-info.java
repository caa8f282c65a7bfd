/**
 * MAP's documents in Jackson 3: {@link io.mutualplan.jackson3.MapJackson3Module} reads and writes
 * them through map-json's {@link io.mutualplan.json.MapJson}, and {@link
 * io.mutualplan.jackson3.InvalidDocumentException} carries what map-json rejected.
 */
package io.mutualplan.jackson3;
