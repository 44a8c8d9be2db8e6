package dev.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigLoaderEntitiesTest {
  private static VigilConfig parse(String yaml) {
    return new ConfigLoader(k -> null).parse(yaml, Path.of("vigil.yml"));
  }

  @Test
  void entitiesTakeExclusionsAndAWindow() {
    VigilConfig c =
        parse(
            """
        entities:
          - id: wagner
            name: Wagner Group
            type: org
            aliases: [PMC Wagner]
            exclude: [opera, Richard]
            exclude-window: 4
          - id: pantsir
            name: Pantsir
        """);
    assertThat(c.entities())
        .containsExactly(
            new EntitySpec(
                "wagner",
                "Wagner Group",
                "org",
                List.of("PMC Wagner"),
                List.of("opera", "Richard"),
                4),
            new EntitySpec("pantsir", "Pantsir", "free", List.of()));
  }

  @Test
  void emptyExclusionsAndBadWindowsAreProblems() {
    assertThatThrownBy(
            () ->
                parse(
                    """
        entities:
          - {id: w, name: W, exclude: [""], exclude-window: 0}
        """))
        .hasMessageContaining("exclusion 0 is empty")
        .hasMessageContaining("exclude-window");
  }
}
