package dev.vigil.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistFileTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsYaml() throws IOException {
    Path f =
        write(
            "w.yaml",
            """
        entities:
          - id: wagner
            name: Wagner Group
            type: org
            aliases: [PMC Wagner, Wagner]
            exclude: [opera, Richard]
            exclude-window: 5
          - id: sa22
            name: SA-22
        """);
    List<EntitySpec> es = WatchlistFile.read(f);
    assertThat(es).hasSize(2);
    assertThat(es.get(0))
        .isEqualTo(
            new EntitySpec(
                "wagner",
                "Wagner Group",
                "org",
                List.of("PMC Wagner", "Wagner"),
                List.of("opera", "Richard"),
                5));
    assertThat(es.get(1).type()).isEqualTo("free");
    assertThat(es.get(1).excludeWindow()).isEqualTo(EntitySpec.DEFAULT_EXCLUDE_WINDOW);
  }

  @Test
  void readsAPlainYamlList() throws IOException {
    assertThat(WatchlistFile.read(write("w.yml", "- {id: a, name: A}\n"))).hasSize(1);
  }

  @Test
  void readsCsv() throws IOException {
    Path f =
        write(
            "w.csv",
            """
        id,name,type,aliases,exclude,exclude-window
        wagner,Wagner Group,org,PMC Wagner|Wagner|"Вагнер",opera|Richard,5
        hts,"Hayat Tahrir al-Sham, HTS",org,HTS,,
        """);
    List<EntitySpec> es = WatchlistFile.read(f);
    assertThat(es).hasSize(2);
    assertThat(es.get(0).aliases()).containsExactly("PMC Wagner", "Wagner", "Вагнер");
    assertThat(es.get(0).exclude()).containsExactly("opera", "Richard");
    assertThat(es.get(1).name()).isEqualTo("Hayat Tahrir al-Sham, HTS");
    assertThat(es.get(1).exclude()).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsPlace() throws IOException {
    Path f =
        write(
            "w.csv",
            """
        id,name,colour
        wagner,,red
        wagner,Wagner
        bad id,X
        """);
    assertThatThrownBy(() -> WatchlistFile.read(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactly(
                        f
                            + ": line 2: unknown key 'colour' (known: aliases, exclude, exclude-window, id, name, type)",
                        f + ": line 2: name is required",
                        f + ": line 3: duplicate id 'wagner'",
                        f
                            + ": line 4: id 'bad id' is missing or not valid (letters, digits, '_', '-', '.')"));
  }

  @Test
  void badYamlIsReported() throws IOException {
    assertThatThrownBy(() -> WatchlistFile.read(write("w.yaml", "entities: {a: [")))
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(
            () -> WatchlistFile.read(write("w.yaml", "- id: a\n  name: A\n  exclude-window: x\n")))
        .hasMessageContaining("entity 1: exclude-window must be");
  }
}
