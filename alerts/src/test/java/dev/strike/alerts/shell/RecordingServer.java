package dev.strike.alerts.shell;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers with scripted responses (then 200), so
 * the tests check exactly what a channel puts on the wire.
 */
final class RecordingServer implements AutoCloseable {
  /** One request as received. */
  record Request(String method, String uri, String contentType, String body) {}

  /** A scripted answer. */
  record Answer(int status, String retryAfter, String body) {}

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Answer> script = new ArrayDeque<>();
  private volatile String okBody = "{\"ok\":true}";
  private final DisposableServer server;

  RecordingServer() {
    server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) ->
        request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
          requests.add(new Request(request.method().name(), request.uri(),
              request.requestHeaders().get("Content-Type"), body));
          Answer answer;
          synchronized (script) {
            answer = script.poll();
          }
          if (answer == null) {
            answer = new Answer(200, null, okBody);
          }
          response.status(HttpResponseStatus.valueOf(answer.status())).header("Content-Type", "application/json");
          if (answer.retryAfter() != null) {
            response.header("Retry-After", answer.retryAfter());
          }
          return response.sendString(Mono.just(answer.body())).then();
        })).bindNow();
  }

  /** Answers the next requests with these, in order, before falling back to 200. */
  RecordingServer answer(Answer... answers) {
    synchronized (script) {
      script.addAll(List.of(answers));
    }
    return this;
  }

  /** The body of every later 200 answer. */
  RecordingServer okBody(String body) {
    this.okBody = body;
    return this;
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.disposeNow();
  }
}
