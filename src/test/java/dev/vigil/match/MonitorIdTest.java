package dev.vigil.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitorIdTest {
  @Test
  void idsRoundTripSortInRegistrationOrderAndHaveDistinctHashes() {
    Set<Integer> hashes = new HashSet<>();
    Set<Integer> cacheHashes = new HashSet<>();
    String previous = "";
    for (int i = 0; i < 300_000; i++) {
      String id = RuleSet.monitorId(i);
      assertThat(RuleSet.targetIndex(id)).isEqualTo(i);
      assertThat(id.compareTo(previous)).isPositive();
      assertThat(hashes.add(id.hashCode())).as(id).isTrue();
      assertThat(cacheHashes.add((id + "_0").hashCode()))
          .as(id)
          .isTrue(); // the Monitor's cache key
      previous = id;
    }
  }
}
