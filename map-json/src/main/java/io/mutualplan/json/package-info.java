/**
 * JSON for mutual action plans: {@link io.mutualplan.json.MapJson} reads and writes every MAP
 * document through one handle per document type ({@link io.mutualplan.json.JsonDocuments}), and
 * {@link io.mutualplan.json.MapJsonModule} plugs the same readers and writers into a Jackson
 * {@code ObjectMapper}. Whatever cannot be read is reported as a {@link
 * io.mutualplan.json.DocumentReadException}.
 */
package io.mutualplan.json;
