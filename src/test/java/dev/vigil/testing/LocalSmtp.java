package dev.vigil.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail servers on 127.0.0.1 with a free port, for tests that send real mail. */
public final class LocalSmtp {
  private LocalSmtp() {}

  /** A started server that accepts any mail without authentication. */
  public static GreenMail open(String protocol) {
    GreenMail g = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol).dynamicPort());
    g.start();
    return g;
  }

  /** A started server that requires the user vigil / s3cret. */
  public static GreenMail withLogin(String protocol) {
    GreenMail g =
        new GreenMail(new ServerSetup(0, "127.0.0.1", protocol).dynamicPort())
            .withConfiguration(
                GreenMailConfiguration.aConfig().withUser("vigil@example.org", "vigil", "s3cret"));
    g.start();
    return g;
  }
}
