package dev.vigil.testing;

import dev.vigil.Vigil;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A {@code vigil} command run in this JVM: its exit code and what it printed on stdout. */
public record Stdout(int code, String text) {
  public static synchronized Stdout of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = Vigil.commandLine().execute(args);
      return new Stdout(code, out.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(old);
    }
  }
}
