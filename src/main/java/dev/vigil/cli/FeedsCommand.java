package dev.vigil.cli;

import picocli.CommandLine.Command;

/**
 * {@code vigil feeds discover | export-opml | status}: working with feed lists, and their health.
 */
@Command(
    name = "feeds",
    description = "Find feeds on web pages, export the configured ones, show their state.",
    mixinStandardHelpOptions = true,
    subcommands = {DiscoverCommand.class, ExportOpmlCommand.class, FeedStatusCommand.class})
public class FeedsCommand {}
