package org.hanse.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server listens and treats sessions.
 *
 * @param host          the address to bind; {@code 127.0.0.1} by default so nothing is exposed by accident
 * @param port          TCP port; 0 picks a free one
 * @param secureCookies mark cookies {@code Secure}; set it when a TLS proxy sits in front
 * @param sessionIdle   a session ends after this long without a request
 */
public record ServerConfig(String host, int port, boolean secureCookies, Duration sessionIdle) {
  public static final int DEFAULT_PORT = 7317;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    Objects.requireNonNull(sessionIdle, "sessionIdle");
  }

  public static ServerConfig localhost(int port) {
    return new ServerConfig("127.0.0.1", port, false, Duration.ofHours(8));
  }
}
