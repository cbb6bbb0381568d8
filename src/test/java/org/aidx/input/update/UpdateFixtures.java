package org.aidx.input.update;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** The update against a {@link PublisherServer}, with short timeouts and back-off for tests. */
final class UpdateFixtures {
  static final Set<String> ECONOMIES = Set.of("DEU", "JPN", "SAU", "CHE");

  private UpdateFixtures() {}

  static Fetcher.Options fast() {
    return Fetcher.Options.of("test")
        .withTimeout(Duration.ofMillis(2000))
        .withRetries(2, Duration.ofMillis(10));
  }

  static DataUpdate.Outcome run(PublisherServer s, Path cache, Fetcher.Options o) {
    return run(s, cache, o, SourceRegistry.standard());
  }

  static DataUpdate.Outcome run(
      PublisherServer s, Path cache, Fetcher.Options o, SourceRegistry registry) {
    Fetcher f = new Fetcher(new ResponseCache(cache), o, Clock.systemUTC());
    return DataUpdate.run(registry, f, new DataUpdate.Settings(ECONOMIES, 2015, s.baseUrls()));
  }
}
