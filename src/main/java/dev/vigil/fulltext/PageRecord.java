package dev.vigil.fulltext;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What the full-text stage remembers of an article it has passed on, in the compacted topic {@code
 * vigil.pages} keyed by article id: which version of the entry it was (so a redelivered entry is
 * not fetched again, and an updated one is), and the page's validators for a conditional request.
 */
@Serdeable
public record PageRecord(
    String entry, String status, String etag, String lastModified, Instant at) {}
