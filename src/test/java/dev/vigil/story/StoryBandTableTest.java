package dev.vigil.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BandTable} against a plain multimap, with keys chosen to collide and wrap around. */
class StoryBandTableTest {
  @Test
  void behavesLikeAMultimapThroughGrowthAndDeletion() {
    SplittableRandom rnd = new SplittableRandom(11);
    BandTable table = new BandTable();
    Map<Long, Set<Story>> reference = new HashMap<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 40; i++) stories.add(new Story("s" + i, 0));
    for (int step = 0; step < 50_000; step++) {
      // Few distinct low bits, so probe runs are long and cross the end of the array.
      long key = ((long) rnd.nextInt(64) << 40) | (1023 - rnd.nextInt(8));
      Story s = stories.get(rnd.nextInt(stories.size()));
      if (rnd.nextInt(3) == 0) {
        table.remove(key, s);
        Set<Story> set = reference.get(key);
        if (set != null) set.remove(s);
      } else {
        table.put(key, s);
        reference.computeIfAbsent(key, k -> new HashSet<>()).add(s);
      }
      if (step % 997 == 0) {
        for (Map.Entry<Long, Set<Story>> e : reference.entrySet()) {
          Set<Story> got = new HashSet<>();
          table.collect(e.getKey(), got);
          assertThat(got).as("key %d at step %d", e.getKey(), step).isEqualTo(e.getValue());
        }
      }
    }
    assertThat(table.size()).isEqualTo(reference.values().stream().mapToInt(Set::size).sum());
  }
}
