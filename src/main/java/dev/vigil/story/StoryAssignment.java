package dev.vigil.story;

/**
 * Which story an article belongs to, and why.
 *
 * @param storyId the id of the story's first article; stable for the life of the story
 * @param first whether this article is the story's first copy (the one that alerts)
 * @param sources distinct source hosts carrying the story so far, this article included; when the
 *     same article is assigned again (a replay after a restart) and it is the one that brought its
 *     host, the count as it was then, so replays get the answer they got the first time
 * @param score for a copy, its similarity under the index's {@link Measure} to the story's first
 *     article, estimated from MinHash signatures (the same on a replay); 1.0 for a first article
 * @param newSource whether this article is the one that brought its source host to the story; lets
 *     {@link EscalationRule} fire exactly once without state of its own
 * @param firstSource the host that first reported the story
 * @param keptApartFrom for a first article, the story whose text it resembled (score at or above
 *     the threshold) but which reports another event; null if none
 * @param difference what told the two apart ("kharkiv / odesa in the headline"); null if none
 */
public record StoryAssignment(
    String storyId,
    boolean first,
    int sources,
    double score,
    boolean newSource,
    String firstSource,
    String keptApartFrom,
    String difference) {

  /** The first article of a story of its own. */
  static StoryAssignment alone(String articleId, String host) {
    return new StoryAssignment(articleId, true, 1, 1.0, true, host, null, null);
  }
}
