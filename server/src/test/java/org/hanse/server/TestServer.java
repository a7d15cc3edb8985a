package org.hanse.server;

/**
 * The dashboard and API on a free local port over a fresh {@link TestData} fixture, with an {@link Http} client for
 * it: what the API tests start before their first test and close after their last.
 */
public final class TestServer implements AutoCloseable {
  private final TestData.Fixture fixture;
  private final HanseServer server;
  private final Http http;

  private TestServer(TestData.Fixture fixture) {
    this.fixture = fixture;
    this.server = HanseServer.start(fixture.service(), ServerConfig.localhost(0));
    this.http = new Http(server.port());
  }

  /** A server over {@link TestData#start()}: a fresh in-memory H2 database with the test users. */
  public static TestServer start() {
    return new TestServer(TestData.start());
  }

  public TestData.Fixture fixture() {
    return fixture;
  }

  public HanseServer server() {
    return server;
  }

  public Http http() {
    return http;
  }

  /** Stops the server, then closes the fixture's store. */
  @Override
  public void close() {
    server.close();
    fixture.close();
  }
}
