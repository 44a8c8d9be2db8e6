package dev.vigil.story;

/**
 * Which story an article belongs to.
 *
 * @param storyId the id of the story's first article; stable for the life of the story
 * @param first whether this article is the story's first copy (the one that alerts)
 * @param sources distinct source hosts carrying the story so far, this article included; when the
 *     same article is assigned again (a replay after a restart) and it is the one that brought its
 *     host, the count as it was then, so replays get the answer they got the first time
 * @param similarity similarity to the story's first article under the index's {@link Measure}
 *     (1.0 for the first copy), estimated from MinHash signatures
 * @param newSource whether this article is the one that brought its source host to the story;
 *     lets {@link EscalationRule} fire exactly once without state of its own
 */
public record StoryAssignment(
    String storyId, boolean first, int sources, double similarity, boolean newSource) {}
