/**
 * The {@code map} command: {@code check}, {@code schedule}, {@code forecast}, {@code diff}, {@code
 * derive-dates}, {@code format}, {@code import}, {@code export}, {@code ical}, {@code report} and
 * {@code portfolio}, each a thin layer over the library's modules that reads files, prints text,
 * Markdown or JSON, and exits with a code a script can test.
 *
 * <p>The only public type is {@link io.mutualplan.cli.Main}, the entry point of {@code map.jar}
 * ({@code java -jar map.jar check plan.json}); everything else is the command's own. A service
 * that wants what a command does calls the modules it uses instead: map-core's scheduler,
 * map-rules' engine, map-json's readers and writers. {@code docs/cli.md} describes every command,
 * option and exit code, and {@code map --help} lists them.
 */
package io.mutualplan.cli;
