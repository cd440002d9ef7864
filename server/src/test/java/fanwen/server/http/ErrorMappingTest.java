package fanwen.server.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;

import io.javalin.http.Context;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/**
 * Answering a failure never fails: Javalin re-queues an exception thrown while an exception is being handled as
 * a new failure to handle, so an answer that cannot be written (the client gone, the response recycled) would
 * fail again on every pass and hold its thread forever. The guarded handlers answer their own failures, and the
 * answering swallows what it cannot do.
 */
class ErrorMappingTest {

    /** A request whose response is no longer usable: every call fails, as Jetty's recycled response does. */
    private static final Context GONE = (Context) Proxy.newProxyInstance(Context.class.getClassLoader(),
            new Class<?>[]{Context.class}, (proxy, method, args) -> {
                throw new IllegalStateException("Response does not exist (likely recycled)");
            });

    @Test
    void answeringAFailureOfARequestWhoseResponseIsGoneDoesNotThrow() {
        assertDoesNotThrow(() -> ErrorMapping.answer(GONE, new RuntimeException("a bug")));
        assertDoesNotThrow(() -> ErrorMapping.answer(GONE, ApiError.busy("服务器繁忙", "busy", 10)));
        assertDoesNotThrow(() -> ErrorMapping.answer(GONE, new StackOverflowError()));
        assertDoesNotThrow(() -> ErrorMapping.answer(GONE, new EofException("reset")));
    }

    @Test
    void aGuardedHandlerAnswersItsOwnFailureInsteadOfThrowingIt() {
        assertDoesNotThrow(() -> ErrorMapping.guarded(ctx -> {
            throw new OutOfMemoryError("a huge allocation");
        }).handle(GONE));
        assertDoesNotThrow(() -> ErrorMapping.guarded(ctx -> {
            throw new IOException("broken pipe");
        }).handle(GONE));
    }

    @Test
    void aCyclicChainOfCausesIsWalkedOnce() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(Failures.isClientGone(first));
        assertTrue(Failures.chain(first).size() == 2);
        assertTrue(Failures.isClientGone(new RuntimeException(new EofException("reset by peer"))));
    }
}
