package dev.vigil.config;

import java.time.Duration;

/**
 * SMTP server for email channels.
 *
 * @param security {@code none}, {@code starttls} or {@code smtps}
 */
public record SmtpSettings(
    String host, int port, String from, String username, String password, String security, Duration timeout) {}
