package dev.vigil.match;

import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;

/** The Monitor's presearcher: which rules are worth running on an article. */
final class Presearchers {
  private Presearchers() {}

  static Presearcher create() {
    return new TermFilteredPresearcher();
  }
}
