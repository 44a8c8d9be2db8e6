package dev.vigil.match;

import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.MatchSettings;
import dev.vigil.config.RuleSpec;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.EntityTaggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules in force, swapped atomically on reload. A rule that no longer compiles keeps its
 * previous version, so one typo never silences the others.
 */
public final class RuleBook implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

  private final AtomicReference<RuleSet> current = new AtomicReference<>();
  private volatile List<RuleSpec> specs;
  private volatile List<EntitySpec> entities;
  private final Function<List<EntitySpec>, EntityTagger> taggers;
  private volatile EntityTagger tagger;
  private volatile MatchSettings settings;

  /** Rules for articles that no {@link EntityTagger} reads. */
  public RuleBook(List<RuleSpec> rules, List<EntitySpec> entities) {
    this(rules, entities, MatchSettings.DEFAULT, watchlist -> EntityTagger.NONE);
  }

  /**
   * @param taggers the tagger for a watchlist, such as {@link EntityTaggers#load(List)}; asked
   *     again when a reload changes the entities
   */
  public RuleBook(
      List<RuleSpec> rules,
      List<EntitySpec> entities,
      MatchSettings settings,
      Function<List<EntitySpec>, EntityTagger> taggers) {
    this.taggers = taggers;
    this.tagger = taggers.apply(List.copyOf(entities));
    this.settings = settings;
    this.current.set(RuleSet.compile(rules, entities, tagger, settings));
    this.specs = List.copyOf(rules);
    this.entities = List.copyOf(entities);
  }

  public RuleSet current() {
    return current.get();
  }

  public List<RuleSpec> rules() {
    return specs;
  }

  public List<EntitySpec> entities() {
    return entities;
  }

  /** The normalisation options the rules are compiled with. */
  public MatchSettings settings() {
    return settings;
  }

  /** What reads each article before the rules do: {@link EntityTagger#NONE} without NER. */
  public EntityTagger tagger() {
    return tagger;
  }

  /**
   * Installs new rules and entities; returns the problems of the rules that kept their previous
   * version or were skipped.
   */
  public synchronized List<String> reload(List<RuleSpec> rules, List<EntitySpec> newEntities) {
    return reload(rules, newEntities, settings);
  }

  /** As {@link #reload(List, List)}, with new normalisation options. */
  public synchronized List<String> reload(
      List<RuleSpec> rules, List<EntitySpec> newEntities, MatchSettings newSettings) {
    List<String> problems = new ArrayList<>();
    Map<String, RuleSpec> previous =
        specs.stream().collect(Collectors.toMap(RuleSpec::id, Function.identity()));
    List<RuleSpec> accepted = new ArrayList<>();
    EntityTagger nextTagger =
        newEntities.equals(entities) ? tagger : taggers.apply(List.copyOf(newEntities));
    for (RuleSpec r : rules) {
      try (RuleSet alone = RuleSet.compile(List.of(r), newEntities, nextTagger, newSettings)) {
        accepted.add(r);
      } catch (ConfigException e) {
        RuleSpec old = previous.get(r.id());
        boolean keep = old != null && compiles(old, newEntities, nextTagger, newSettings);
        String kept = keep ? "; the previous version stays active" : "; rule skipped";
        if (keep) {
          accepted.add(old);
        }
        e.problems().forEach(p -> problems.add(p.replaceFirst("^rules\\[0\\]", "rule") + kept));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    RuleSet next = RuleSet.compile(accepted, newEntities, nextTagger, newSettings);
    RuleSet old = current.getAndSet(next);
    specs = List.copyOf(accepted);
    entities = List.copyOf(newEntities);
    tagger = nextTagger;
    settings = newSettings;
    closeQuietly(old);
    LOG.atInfo()
        .addKeyValue("rules", accepted.size())
        .addKeyValue("problems", problems.size())
        .log("rules reloaded");
    return problems;
  }

  private static boolean compiles(
      RuleSpec r, List<EntitySpec> entities, EntityTagger tagger, MatchSettings settings) {
    try (RuleSet s = RuleSet.compile(List.of(r), entities, tagger, settings)) {
      return true;
    } catch (ConfigException | java.io.IOException e) {
      return false;
    }
  }

  private static void closeQuietly(RuleSet s) {
    try {
      s.close();
    } catch (Exception e) {
      LOG.atWarn().setCause(e).log("closing the previous rule set");
    }
  }

  @Override
  public void close() throws Exception {
    current.get().close();
  }
}
