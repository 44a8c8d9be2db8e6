package dev.vigil.story;

/**
 * "Alert again when N distinct sources carry the story." Stateless: it fires on the assignment
 * whose new source host makes the count reach N, which happens once per story because the count
 * only grows by one, and only on an article that brings a new host. An article assigned again
 * (redelivered after a restart) gets the same answer as the first time, so the escalation alert
 * must carry an id derived from story and N for delivery to drop the repeat.
 */
public record EscalationRule(int sources) {
  public EscalationRule {
    if (sources < 2) throw new IllegalArgumentException("escalation needs at least 2 sources");
  }

  public boolean shouldAlert(StoryAssignment a) {
    return a.newSource() && a.sources() == sources;
  }
}
