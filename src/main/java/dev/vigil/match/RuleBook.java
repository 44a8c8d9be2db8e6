package dev.vigil.match;

import dev.vigil.config.ConfigException;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
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

  public RuleBook(List<RuleSpec> rules, List<EntitySpec> entities) {
    this.current.set(RuleSet.compile(rules, entities));
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

  /** Installs new rules and entities; returns the problems of the rules that kept their previous version or were skipped. */
  public synchronized List<String> reload(List<RuleSpec> rules, List<EntitySpec> newEntities) {
    List<String> problems = new ArrayList<>();
    Map<String, RuleSpec> previous = specs.stream().collect(Collectors.toMap(RuleSpec::id, Function.identity()));
    List<RuleSpec> accepted = new ArrayList<>();
    for (RuleSpec r : rules) {
      try (RuleSet alone = RuleSet.compile(List.of(r), newEntities)) {
        accepted.add(r);
      } catch (ConfigException e) {
        RuleSpec old = previous.get(r.id());
        String kept = old != null && compiles(old, newEntities) ? "; the previous version stays active" : "; rule skipped";
        if (kept.contains("previous")) {
          accepted.add(old);
        }
        e.problems().forEach(p -> problems.add(p.replaceFirst("^rules\\[0\\]", "rule") + kept));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    RuleSet next = RuleSet.compile(accepted, newEntities);
    RuleSet old = current.getAndSet(next);
    specs = List.copyOf(accepted);
    entities = List.copyOf(newEntities);
    closeQuietly(old);
    LOG.atInfo().addKeyValue("rules", accepted.size()).addKeyValue("problems", problems.size()).log("rules reloaded");
    return problems;
  }

  private static boolean compiles(RuleSpec r, List<EntitySpec> entities) {
    try (RuleSet s = RuleSet.compile(List.of(r), entities)) {
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
