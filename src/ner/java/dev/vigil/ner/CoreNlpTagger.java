package dev.vigil.ner;

import dev.vigil.config.EntitySpec;
import dev.vigil.match.entity.EntityTagger;
import dev.vigil.match.entity.TaggedEntity;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * NER with Stanford CoreNLP (GPL-3.0; built only by the Maven profile {@code ner}).
 *
 * <p>The pipeline is the slim one, {@code tokenize,ssplit,ner} with the CoNLL 4-class model alone:
 * CoreNLP's default pipeline is about 20 times slower here. The watchlist is compiled into the
 * pipeline as an additional RegexNER mapping that may overwrite the model's four types, so an alias
 * is tagged with its watchlist type ("Pantsir" as {@code weapon}) rather than the model's guess.
 *
 * <p>Build one and share it: loading takes seconds. CoreNLP's own multi-threaded annotate runs one
 * pipeline on several threads, so sharing is what it expects (not load-tested here).
 */
public final class CoreNlpTagger implements EntityTagger {
  /** Where the {@code ner} profile unpacks the model: on the classpath, at CoreNLP's own path. */
  public static final String DEFAULT_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The model's types, which a watchlist alias may overwrite. */
  private static final String MODEL_TYPES = "PERSON,ORGANIZATION,LOCATION,MISC";

  /**
   * CoreNLP's entity-mention step adds pronouns as PERSON mentions (for coreference); they are no
   * use to an analyst. Matched in lower or capitalised case only, so that "US" and "IT" stay.
   */
  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "it",
          "its",
          "itself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "they",
          "them",
          "their",
          "theirs",
          "themselves",
          "who",
          "whom",
          "whose");

  private static final Pattern REGEX_META = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  private final StanfordCoreNLP pipeline;

  /** Reads the model from {@code -Dvigil.ner.model=PATH} if set, else from the classpath. */
  public CoreNlpTagger(List<EntitySpec> watchlist) {
    this(watchlist, System.getProperty("vigil.ner.model", DEFAULT_MODEL));
  }

  public CoreNlpTagger(List<EntitySpec> watchlist, String model) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("tokenize.language", "en");
    // A blank line ends a sentence: feed text keeps headline and paragraphs apart that way.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", model);
    // Dates, numbers and fine-grained types cost time and are not entities an analyst watches.
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    Path mapping = watchlist.isEmpty() ? null : writeMapping(watchlist);
    try {
      if (mapping != null) {
        props.setProperty("ner.additional.regexner.mapping", mapping.toString());
        // Case matters: an alias "IS" must not tag the verb "is".
        props.setProperty("ner.additional.regexner.ignorecase", "false");
      }
      pipeline = new StanfordCoreNLP(props);
    } finally {
      deleteQuietly(mapping); // read by the constructor, not needed after
    }
  }

  @Override
  public List<TaggedEntity> tag(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<TaggedEntity> out = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      int start = m.charOffsets().first();
      int end = m.charOffsets().second();
      String span = text.substring(start, end);
      if (!isPronoun(span)) {
        out.add(new TaggedEntity(span, m.entityType(), start, end));
      }
    }
    return out;
  }

  /** The model's four types, as queries name them: person, org, place, misc. */
  @Override
  public Set<String> types() {
    return Stream.of(MODEL_TYPES.split(","))
        .map(TaggedEntity::queryType)
        .collect(Collectors.toUnmodifiableSet());
  }

  static boolean isPronoun(String span) {
    String lower = span.toLowerCase(Locale.ROOT);
    return PRONOUNS.contains(lower)
        && (span.equals(lower)
            || span.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1)));
  }

  /**
   * The watchlist as a RegexNER TSV: pattern, type, overwritable types, priority. RegexNER matches
   * token by token, one regex per token, so each alias is cut into tokens the way the pipeline cuts
   * the article. Twice: the tokenizer splits "Pantsir-S1" into three tokens, but the NER step,
   * where RegexNER runs, glues them back together (ner.useNERSpecificTokenization).
   */
  static String mappingTsv(List<EntitySpec> watchlist, StanfordCoreNLP tokenizer) {
    Set<String> lines = new LinkedHashSet<>(); // RegexNER warns on a duplicate pattern
    for (EntitySpec e : watchlist) {
      String type = e.type().strip().replaceAll("[\\s,]+", "_");
      for (String alias : e.names()) {
        CoreDocument doc = new CoreDocument(alias);
        tokenizer.annotate(doc);
        List<CoreLabel> tokens = doc.tokens();
        for (List<String> words : List.of(words(tokens, false), words(tokens, true))) {
          if (words.isEmpty()
              || words.stream().anyMatch(w -> w.chars().anyMatch(Character::isWhitespace))) {
            continue; // nothing RegexNER could match token by token
          }
          String pattern =
              words.stream()
                  .map(w -> REGEX_META.matcher(w).replaceAll("\\\\$0"))
                  .collect(Collectors.joining(" "));
          lines.add(pattern + '\t' + type + '\t' + MODEL_TYPES + "\t1.0\n");
        }
      }
    }
    return String.join("", lines);
  }

  /** The tokens' words; with {@code glueHyphens}, "x - y" written without spaces is one word. */
  private static List<String> words(List<CoreLabel> tokens, boolean glueHyphens) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      CoreLabel prev = i > 0 ? tokens.get(i - 1) : null;
      boolean glue =
          glueHyphens
              && prev != null
              && prev.endPosition() == t.beginPosition()
              && (t.word().equals("-") || prev.word().equals("-"));
      if (glue) {
        words.set(words.size() - 1, words.get(words.size() - 1) + t.word());
      } else {
        words.add(t.word());
      }
    }
    return words;
  }

  private static Path writeMapping(List<EntitySpec> watchlist) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    props.setProperty("tokenize.language", "en");
    String tsv = mappingTsv(watchlist, new StanfordCoreNLP(props));
    try {
      Path file = Files.createTempFile("vigil-watchlist", ".tsv");
      Files.writeString(file, tsv, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the watchlist for CoreNLP", e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temp file left behind is harmless
      }
    }
  }

  /**
   * Registered in META-INF/services, found by {@link dev.vigil.match.entity.EntityTaggers#load}.
   */
  public static final class Factory implements EntityTagger.Factory {
    @Override
    public EntityTagger create(List<EntitySpec> watchlist) {
      return new CoreNlpTagger(watchlist);
    }
  }
}
