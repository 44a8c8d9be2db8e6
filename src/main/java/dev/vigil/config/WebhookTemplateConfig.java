package dev.vigil.config;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The {@code format}, {@code template} and {@code template-file} keys of a webhook channel. */
final class WebhookTemplateConfig {
  static final Set<String> FORMATS = Set.of("json", "slack", "teams", "discord", "template");

  private WebhookTemplateConfig() {}

  /** The body template, inline or read from a file relative to the config; checked to compile. */
  static String template(ConfigNode c, Path baseDir) {
    String inline = c.get("template").str(null);
    String file = c.get("template-file").str(null);
    if (inline != null && file != null) {
      c.problem("give either 'template' or 'template-file', not both");
    }
    String text = inline;
    if (file != null) {
      Path p = baseDir == null ? Path.of(file) : baseDir.resolve(file);
      try {
        text = Files.readString(p);
      } catch (IOException e) {
        c.get("template-file").problem("cannot read " + p + ": " + e.getMessage());
        return null;
      }
    }
    if (text != null) {
      try {
        new DefaultMustacheFactory().compile(new StringReader(text), "template");
      } catch (MustacheException e) {
        c.get(inline != null ? "template" : "template-file")
            .problem("not a valid Mustache template: " + e.getMessage());
      }
    }
    return text;
  }

  /** The format: as written, else {@code template} when a template is given, else {@code json}. */
  static String format(ConfigNode c, String template) {
    String format = c.get("format").str(template != null ? "template" : "json");
    if (!FORMATS.contains(format)) {
      c.get("format")
          .problem("must be one of json, slack, teams, discord, template, got " + format);
    } else if ("template".equals(format) && template == null) {
      c.problem("format 'template' needs 'template' or 'template-file'");
    } else if (!"template".equals(format) && template != null) {
      c.get("format").problem("a template is only used with format 'template', got " + format);
    }
    return format;
  }
}
