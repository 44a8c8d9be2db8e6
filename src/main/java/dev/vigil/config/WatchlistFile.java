package dev.vigil.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a watchlist of entities from a YAML file (a list of entities, or a mapping with an {@code
 * entities} list, with the keys of vigil.yml's entities) or a CSV file (see {@link WatchlistCsv}).
 * Every problem is reported at once, naming the file and the entry or line.
 */
public final class WatchlistFile {
  static final Set<String> KEYS =
      Set.of("id", "name", "type", "aliases", "exclude", "exclude-window");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private WatchlistFile() {}

  public static List<EntitySpec> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    List<Map<String, Object>> rows =
        name.endsWith(".csv")
            ? WatchlistCsv.rows(text, file + ": ", problems)
            : yamlRows(text, file + ": ", problems);
    List<EntitySpec> out = entities(rows, file + ": ", problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> yamlRows(
      String text, String where, List<String> problems) {
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (RuntimeException e) {
      problems.add(where + "not valid YAML: " + e.getMessage().split("\n")[0]);
      return List.of();
    }
    if (tree instanceof Map<?, ?> m && m.containsKey("entities")) {
      tree = m.get("entities");
    }
    if (tree == null) {
      return List.of();
    }
    if (!(tree instanceof List<?> list)) {
      problems.add(where + "expected a list of entities");
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> m) {
        Map<String, Object> row = new LinkedHashMap<>();
        m.forEach((k, v) -> row.put(String.valueOf(k), v));
        row.put(" where", "entity " + (i + 1));
        rows.add(row);
      } else {
        problems.add(where + "entity " + (i + 1) + ": expected a mapping");
      }
    }
    return rows;
  }

  private static List<EntitySpec> entities(
      List<Map<String, Object>> rows, String file, List<String> problems) {
    List<EntitySpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> row : rows) {
      String where = file + row.remove(" where") + ": ";
      row.keySet().stream()
          .filter(k -> !KEYS.contains(k))
          .forEach(
              k ->
                  problems.add(
                      where
                          + "unknown key '"
                          + k
                          + "' (known: "
                          + String.join(", ", new java.util.TreeSet<>(KEYS))
                          + ")"));
      String id = string(row.get("id"));
      String name = string(row.get("name"));
      if (id == null || !ID.matcher(id).matches()) {
        problems.add(
            where + "id '" + id + "' is missing or not valid (letters, digits, '_', '-', '.')");
      } else if (!ids.add(id)) {
        problems.add(where + "duplicate id '" + id + "'");
      }
      if (name == null || name.isBlank()) {
        problems.add(where + "name is required");
      }
      List<String> aliases = strings(row.get("aliases"));
      List<String> exclude = strings(row.get("exclude"));
      if (aliases.stream().anyMatch(String::isBlank)
          || exclude.stream().anyMatch(String::isBlank)) {
        problems.add(where + "an alias or exclusion is empty");
      }
      int window = window(row.get("exclude-window"), where, problems);
      String type = string(row.get("type"));
      out.add(
          new EntitySpec(
              id, name, type == null || type.isBlank() ? "free" : type, aliases, exclude, window));
    }
    return out;
  }

  private static int window(Object v, String where, List<String> problems) {
    String s = string(v);
    if (s == null || s.isBlank()) {
      return EntitySpec.DEFAULT_EXCLUDE_WINDOW;
    }
    try {
      int w = Integer.parseInt(s.trim());
      if (w >= 1 && w <= 1000) {
        return w;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(where + "exclude-window must be a whole number from 1 to 1000, got '" + s + "'");
    return EntitySpec.DEFAULT_EXCLUDE_WINDOW;
  }

  private static String string(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  private static List<String> strings(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }
}
