package dev.vigil.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the parsed YAML tree that knows its key path, so each problem can name it.
 *
 * <p>Reading never throws: problems are collected in {@link Problems} and reported together.
 */
final class ConfigNode {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  /** Collects problems, each prefixed with the file name. */
  static final class Problems {
    private final String file;
    private final Function<String, String> env;
    final List<String> list = new ArrayList<>();

    Problems(String file, Function<String, String> env) {
      this.file = file;
      this.env = env;
    }

    void add(String path, String message) {
      list.add(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }
  }

  private final Object value;
  private final String path;
  private final Problems problems;

  ConfigNode(Object value, String path, Problems problems) {
    this.value = value;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  boolean isPresent() {
    return value != null;
  }

  ConfigNode get(String key) {
    Object child = value instanceof Map<?, ?> m ? m.get(key) : null;
    return new ConfigNode(child, path.isEmpty() ? key : path + "." + key, problems);
  }

  /** Reports keys that are not among the allowed ones (typos must not pass silently). */
  ConfigNode allowKeys(Set<String> allowed) {
    if (value != null && !(value instanceof Map)) {
      problem("expected a mapping, got " + describe());
    } else if (value instanceof Map<?, ?> m) {
      for (Object k : m.keySet()) {
        if (!allowed.contains(String.valueOf(k))) {
          problem(
              "unknown key '"
                  + k
                  + "' (known: "
                  + String.join(", ", new java.util.TreeSet<>(allowed))
                  + ")");
        }
      }
    }
    return this;
  }

  List<ConfigNode> list() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> l)) {
      problem("expected a list, got " + describe());
      return List.of();
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(new ConfigNode(l.get(i), path + "[" + i + "]", problems));
    }
    return out;
  }

  String str(String dflt) {
    if (value == null) {
      return dflt;
    }
    if (value instanceof Map || value instanceof List) {
      problem("expected a single value, got " + describe());
      return dflt;
    }
    return substitute(String.valueOf(value));
  }

  String required() {
    String s = str(null);
    if (s == null || s.isBlank()) {
      if (value == null) {
        problem("is required");
      } else if (s != null) {
        problem("must not be empty");
      }
      return null;
    }
    return s;
  }

  List<String> strings() {
    if (value instanceof String || value instanceof Number) {
      return List.of(str(null));
    }
    return list().stream().map(n -> n.str(null)).filter(s -> s != null).toList();
  }

  boolean flag(boolean dflt) {
    String s = str(null);
    if (s == null) {
      return dflt;
    }
    // YAML 1.1 reads a bare on/off as true/false; a quoted "on" or "off" means the same.
    return switch (s) {
      case "true", "on" -> true;
      case "false", "off" -> false;
      default -> {
        problem("must be true or false (or on/off), got " + s);
        yield dflt;
      }
    };
  }

  double decimal(double dflt, double min, double max) {
    String s = str(null);
    if (s == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(s.strip());
      if (!(d >= min && d <= max)) {
        problem("must be between " + min + " and " + max + ", got " + s);
        return dflt;
      }
      return d;
    } catch (NumberFormatException e) {
      problem("'" + s + "' is not a number");
      return dflt;
    }
  }

  Duration duration(Duration dflt) {
    String s = str(null);
    if (s == null) {
      return dflt;
    }
    try {
      Duration d = Durations.parse(s);
      if (d.isNegative() || d.isZero()) {
        problem("must be positive, got " + s);
        return dflt;
      }
      return d;
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
      return dflt;
    }
  }

  long number(long dflt, long min, long max) {
    String s = str(null);
    if (s == null) {
      return dflt;
    }
    try {
      long n = Long.parseLong(s.strip());
      if (n < min || n > max) {
        problem("must be between " + min + " and " + max + ", got " + n);
        return dflt;
      }
      return n;
    } catch (NumberFormatException e) {
      problem("'" + s + "' is not a whole number");
      return dflt;
    }
  }

  void problem(String message) {
    problems.add(path, message);
  }

  private String describe() {
    return value instanceof Map
        ? "a mapping"
        : value instanceof List ? "a list" : "'" + value + "'";
  }

  /** Replaces {@code ${NAME}} and {@code ${NAME:-default}} with environment values. */
  private String substitute(String s) {
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = problems.env.apply(m.group(1));
      if (v == null) {
        v = m.group(2);
      }
      if (v == null) {
        problem("environment variable " + m.group(1) + " is not set");
        v = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }
}
