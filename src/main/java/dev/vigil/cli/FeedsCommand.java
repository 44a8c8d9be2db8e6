package dev.vigil.cli;

import picocli.CommandLine.Command;

/** {@code vigil feeds discover | export-opml}: working with feed lists. */
@Command(name = "feeds", description = "Find feeds on web pages and export the configured ones.",
    mixinStandardHelpOptions = true,
    subcommands = {DiscoverCommand.class, ExportOpmlCommand.class})
public class FeedsCommand {}
