package dev.vigil.fulltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partition is committed up to its first entry still in flight, never past it. */
class InFlightTest {
  @Test
  void commitsUpToTheFirstUnfinishedEntryOfEachPartition() {
    InFlight<String> f = new InFlight<>();
    f.take("p0", 10);
    f.take("p0", 11);
    f.take("p0", 12);
    f.take("p1", 5);

    f.finish("p0", 11);
    f.finish("p0", 12);
    assertThat(f.committable()).isEqualTo(Map.of("p0", 10L, "p1", 5L));
    assertThat(f.size()).isEqualTo(2);

    f.finish("p0", 10);
    f.finish("p1", 5);
    assertThat(f.committable()).isEqualTo(Map.of("p0", 13L, "p1", 6L));
    assertThat(f.size()).isZero();
  }

  @Test
  void aPartitionHandedOverIsForgotten() {
    InFlight<String> f = new InFlight<>();
    f.take("p0", 1);
    f.take("p1", 1);
    f.drop("p0");
    f.finish("p0", 1);

    assertThat(f.committable()).containsOnlyKeys("p1");
    assertThat(f.size()).isEqualTo(1);
    assertThat(f.size("p0")).isZero();
  }
}
