package dev.strike.kalshi.ws;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.time.Clock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.testing.KalshiWsFake;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import reactor.core.Disposable;

/** A client connected to a {@link KalshiWsFake}, recording its feed; Awaitility waits on what it recorded. */
final class FeedRecorder implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);

  final KalshiWsFake fake;
  final KalshiWsClient client;
  final List<KalshiWsEvent> events = new CopyOnWriteArrayList<>();
  volatile boolean completed;
  private final Disposable subscription;

  private FeedRecorder(KalshiWsFake fake, KalshiWsClient client) {
    this.fake = fake;
    this.client = client;
    this.subscription = client.events().subscribe(events::add, error -> completed = true, () -> completed = true);
  }

  /** Fast timings for tests (see {@link KalshiWsFake#clientConfig()}). */
  static KalshiWsConfig config(KalshiWsFake fake) {
    return fake.clientConfig();
  }

  static KalshiSigner testSigner(Clock clock) {
    return KalshiWsFake.testSigner(clock);
  }

  static FeedRecorder start(KalshiWsFake fake) {
    return start(fake, config(fake), testSigner(SystemClock.INSTANCE));
  }

  static FeedRecorder start(KalshiWsFake fake, KalshiWsConfig config, KalshiSigner signer) {
    return new FeedRecorder(fake, new KalshiWsClient(config, signer, SystemClock.INSTANCE, () -> 0.5));
  }

  /** Waits for the first event of {@code type} matching {@code test} and returns it. */
  <T extends KalshiWsEvent> T await(Class<T> type, Predicate<T> test) {
    return await(type, test, 0);
  }

  /** Waits for an event of {@code type} matching {@code test} at index {@code from} or later; returns it. */
  <T extends KalshiWsEvent> T await(Class<T> type, Predicate<T> test, int from) {
    return org.awaitility.Awaitility.await().atMost(WAIT).until(() -> find(type, test, from), found -> found != null);
  }

  <T extends KalshiWsEvent> T find(Class<T> type, Predicate<T> test, int from) {
    List<KalshiWsEvent> snapshot = List.copyOf(events);
    for (int i = from; i < snapshot.size(); i++) {
      if (type.isInstance(snapshot.get(i)) && test.test(type.cast(snapshot.get(i)))) {
        return type.cast(snapshot.get(i));
      }
    }
    return null;
  }

  /** Waits until the client is connected (and resubscribed) for the {@code n}-th time. */
  void awaitConnected(int n) {
    await(Connected.class, c -> c.connection() == n);
  }

  BookSnapshot awaitSnapshot(Predicate<BookSnapshot> test) {
    return (BookSnapshot) await(BookUpdate.class, u -> u.event() instanceof BookSnapshot s && test.test(s)).event();
  }

  BookDelta awaitDelta(Predicate<BookDelta> test) {
    return (BookDelta) await(BookUpdate.class, u -> u.event() instanceof BookDelta d && test.test(d)).event();
  }

  BookGap awaitGap(Predicate<BookGap> test) {
    return (BookGap) await(BookUpdate.class, u -> u.event() instanceof BookGap g && test.test(g)).event();
  }

  /** The book events recorded so far, in order. */
  List<BookEvent> books() {
    return events.stream().filter(BookUpdate.class::isInstance).map(e -> ((BookUpdate) e).event()).toList();
  }

  int size() {
    return events.size();
  }

  void awaitCompleted() {
    org.awaitility.Awaitility.await().atMost(WAIT).until(() -> completed);
  }

  @Override
  public void close() {
    client.close();
    subscription.dispose();
    fake.close();
  }
}
