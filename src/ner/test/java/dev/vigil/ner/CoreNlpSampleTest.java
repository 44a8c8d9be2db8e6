package dev.vigil.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.match.entity.TaggedEntity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Precision and recall of the model on ner-sample.yaml, then load time and speed; prints the
 * figures quoted in docs/ner.md. Run alone, so that the load time includes CoreNLP's class loading:
 * ./mvnw -B -Pner test -Dtest=CoreNlpSampleTest
 */
class CoreNlpSampleTest {
  static final List<String> TYPES =
      List.of(TaggedEntity.PERSON, TaggedEntity.ORGANIZATION, TaggedEntity.LOCATION);

  record Span(String type, int start, int end, String text) {
    boolean overlaps(Span o) {
      return type.equals(o.type) && start < o.end && o.start < end;
    }
  }

  record Paragraph(String text, List<Span> gold) {}

  @Test
  void precisionRecallAndSpeed() throws Exception {
    List<Paragraph> sample = readSample();
    long t0 = System.nanoTime();
    CoreNlpTagger tagger =
        new CoreNlpTagger(List.of()); // the model alone: the sample has no watchlist
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    long heapBefore = usedHeapAfterGc();

    Map<String, int[]> strict = new LinkedHashMap<>(); // type -> gold, predicted, correct
    Map<String, int[]> loose = new LinkedHashMap<>();
    TYPES.forEach(
        t -> {
          strict.put(t, new int[3]);
          loose.put(t, new int[3]);
        });
    List<String> misses = new ArrayList<>();
    for (Paragraph p : sample) {
      List<Span> found =
          tagger.tag(p.text()).stream()
              .filter(e -> TYPES.contains(e.type()))
              .map(e -> new Span(e.type(), e.start(), e.end(), e.text()))
              .toList();
      score(p.gold(), found, strict, false);
      score(p.gold(), found, loose, true);
      p.gold().stream()
          .filter(g -> !found.contains(g))
          .forEach(g -> misses.add("missed " + g.type() + " '" + g.text() + "'"));
      found.stream()
          .filter(f -> !p.gold().contains(f))
          .forEach(f -> misses.add("wrong  " + f.type() + " '" + f.text() + "'"));
    }
    System.out.println(
        "NER sample: " + sample.size() + " paragraphs, model english.conll.4class only");
    print("exact span and type", strict);
    print("overlapping span, same type", loose);
    misses.forEach(m -> System.out.println("  " + m));

    // Speed on 100 paragraphs, one thread, after the pass above warmed the JIT.
    int docs = 100;
    long chars = 0;
    long t1 = System.nanoTime();
    for (int i = 0; i < docs; i++) {
      String text = sample.get(i % sample.size()).text();
      chars += text.length();
      tagger.tag(text);
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(
        "heap in use after loading the tagger: %d MB (the whole test JVM)%n", heapBefore >> 20);
    System.out.printf(
        "load %.2f s; %d paragraphs (%d chars avg) in %.2f s: %.1f docs/s, %.0f chars/s%n",
        loadSeconds, docs, chars / docs, seconds, docs / seconds, chars / seconds);

    // The daemon sees whole articles: 20 of 10 paragraphs each (about 3 KB), blank-line separated.
    List<String> articles = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        parts.add(sample.get((a * 10 + k) % sample.size()).text());
      }
      articles.add(String.join("\n\n", parts));
    }
    long articleChars = articles.stream().mapToLong(String::length).sum();
    long t2 = System.nanoTime();
    articles.forEach(tagger::tag);
    double articleSeconds = (System.nanoTime() - t2) / 1e9;
    System.out.printf(
        "%d articles (%d chars avg) in %.2f s: %.1f articles/s, %.0f chars/s%n",
        articles.size(),
        articleChars / articles.size(),
        articleSeconds,
        articles.size() / articleSeconds,
        articleChars / articleSeconds);

    // Floors well under the measured figures: they catch a broken pipeline, not a slow machine.
    int[] all = total(strict);
    assertThat((double) all[2] / all[1]).as("precision").isGreaterThan(0.75);
    assertThat((double) all[2] / all[0]).as("recall").isGreaterThan(0.75);
  }

  static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Counts gold, predicted and correct per type; loose counts any same-type overlap as correct. */
  static void score(List<Span> gold, List<Span> found, Map<String, int[]> counts, boolean loose) {
    for (Span g : gold) {
      counts.get(g.type())[0]++;
    }
    for (Span f : found) {
      int[] c = counts.get(f.type());
      c[1]++;
      if (loose ? gold.stream().anyMatch(f::overlaps) : gold.contains(f)) {
        c[2]++;
      }
    }
  }

  static int[] total(Map<String, int[]> counts) {
    int[] all = new int[3];
    counts
        .values()
        .forEach(
            c -> {
              for (int i = 0; i < 3; i++) all[i] += c[i];
            });
    return all;
  }

  static void print(String title, Map<String, int[]> counts) {
    System.out.println(title + ":");
    System.out.println("  type          gold  found  right  precision  recall     F1");
    Map<String, int[]> rows = new LinkedHashMap<>(counts);
    rows.put("all", total(counts));
    rows.forEach(
        (type, c) -> {
          double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
          double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
          double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
          System.out.printf(
              "  %-12s %5d  %5d  %5d      %5.3f   %5.3f  %5.3f%n", type, c[0], c[1], c[2], p, r, f);
        });
  }

  /** Gold spans: every whole-word occurrence of a listed name, less those inside a longer one. */
  @SuppressWarnings("unchecked")
  static List<Paragraph> readSample() throws Exception {
    try (InputStream in = CoreNlpSampleTest.class.getResourceAsStream("/ner-sample.yaml")) {
      Map<String, Object> root = new Yaml().load(in);
      List<Paragraph> out = new ArrayList<>();
      for (Map<String, Object> p : (List<Map<String, Object>>) root.get("paragraphs")) {
        String text = (String) p.get("text");
        List<Span> spans = new ArrayList<>();
        for (String type : TYPES) {
          for (String name : (List<String>) p.getOrDefault(type, List.of())) {
            Matcher m =
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            int before = spans.size();
            while (m.find()) {
              spans.add(new Span(type, m.start(), m.end(), name));
            }
            if (spans.size() == before) {
              throw new IllegalStateException("ner-sample.yaml: '" + name + "' is not in: " + text);
            }
          }
        }
        Set<Span> nested = new HashSet<>();
        for (Span a : spans) {
          for (Span b : spans) {
            if (a != b
                && b.start <= a.start
                && a.end <= b.end
                && b.end - b.start > a.end - a.start) {
              nested.add(a);
            }
          }
        }
        spans.removeAll(nested);
        out.add(new Paragraph(text, List.copyOf(spans)));
      }
      return out;
    }
  }
}
