package dev.vigil.cli;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code --json}: a command's records as one JSON array, for scripts. */
final class JsonOutput {
  private JsonOutput() {}

  static int print(PrintWriter out, List<?> records) {
    try {
      out.println(JsonMapper.createDefault().writeValueAsString(records));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return 0;
  }
}
