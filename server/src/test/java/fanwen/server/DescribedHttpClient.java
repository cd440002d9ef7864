package fanwen.server;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that holds every answer up against the OpenAPI description before handing it on: it
 * names the operation each request calls (by method and path template), and checks a JSON answer against that
 * operation's schema for its status — required fields, types, enums, and no field the description lacks. What it
 * finds is kept for the test to take and assert; the operations called are kept too, so a test can show it called
 * them all.
 */
final class DescribedHttpClient extends HttpClient {

    private final HttpClient delegate = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiChecker description;
    private final Set<String> called = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    DescribedHttpClient(OpenApiChecker description) {
        this.description = description;
    }

    /** The {@code operationId}s called so far, in the order first called. */
    synchronized Set<String> operationsCalled() {
        return Set.copyOf(called);
    }

    /** What did not match the description since the last call, one line per problem; empty if all conformed. */
    synchronized List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        hold(request, answer);
        return new Replayed<>(answer, replay(answer, handler));
    }

    private synchronized void hold(HttpRequest request, HttpResponse<byte[]> answer) {
        String where = request.method() + " " + request.uri().getPath();
        Optional<OpenApiChecker.Operation> operation = description.operation(request.method(), request.uri().getPath());
        if (operation.isEmpty()) {
            problems.add(where + ": no operation of the description answers it");
            return;
        }
        called.add(operation.get().id());
        boolean json = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        if (!json) {
            if (answer.statusCode() >= 400) {
                problems.add(where + " " + answer.statusCode() + ": an error answer that is not JSON");
            }
            return;
        }
        try {
            for (String problem : description.check(request.method(), operation.get().path(), answer.statusCode(),
                    Http.JSON.readTree(answer.body()))) {
                problems.add(where + " " + answer.statusCode() + ": " + problem);
            }
        } catch (IOException e) {
            problems.add(where + " " + answer.statusCode() + ": not JSON: " + e.getMessage());
        }
    }

    /** What {@code handler} makes of the bytes already received. */
    private static <T> T replay(HttpResponse<byte[]> answer, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public HttpClient.Version version() {
                return answer.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(answer.body())));
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The answer received, with the body the caller's handler made of it. */
    private record Replayed<T>(HttpResponse<byte[]> received, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return received.statusCode();
        }

        @Override
        public HttpRequest request() {
            return received.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return received.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return received.sslSession();
        }

        @Override
        public URI uri() {
            return received.uri();
        }

        @Override
        public HttpClient.Version version() {
            return received.version();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                                                            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the tests call the API synchronously");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("the tests call the API synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
