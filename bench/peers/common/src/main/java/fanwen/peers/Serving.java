package fanwen.peers;

import java.util.concurrent.CountDownLatch;

/**
 * The end of a peer's start-up: says it is ready on standard output ({@code ready port=N}, which
 * {@code bench/load/run.sh} waits for) and serves until the process is stopped, closing the peer on the way out.
 */
public final class Serving {

    private Serving() {
    }

    public static void untilStopped(int port, AutoCloseable peer) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                peer.close();
            } catch (Exception e) {
                System.err.println("closing the peer failed: " + e);
            }
            stopped.countDown();
        }, "peer-shutdown"));
        System.out.println("ready port=" + port);
        System.out.flush();
        stopped.await();
    }
}
