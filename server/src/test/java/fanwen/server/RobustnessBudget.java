package fanwen.server;

import java.time.Duration;

/**
 * How long and how hard the robustness tests push the server: a few seconds each in the test suite, the
 * full runs with {@code -Dfanwen.robustness=long} ({@code bench/run.sh robustness}).
 *
 * @param killRounds       kill -9 rounds of the crash test, each on the data folder the last one left
 * @param killAfter        bulk uploading before each kill -9
 * @param bulkUploaders    clients uploading during the crash test
 * @param loadDuration     how long uploaders and searchers run together
 * @param uploaders        clients uploading during the load
 * @param searchers        clients searching during the load
 * @param maliciousQueries random and malicious queries sent
 * @param randomUploads    uploads of random bytes sent
 * @param chaosClients     clients of the chaos test (searches, checks, analysis, hostile uploads, deletes)
 * @param chaosDuration    how long the chaos test runs
 */
record RobustnessBudget(int killRounds, Duration killAfter, int bulkUploaders, Duration loadDuration, int uploaders,
                        int searchers, int maliciousQueries, int randomUploads, int chaosClients,
                        Duration chaosDuration) {

    private static final RobustnessBudget SHORT = new RobustnessBudget(1, Duration.ofSeconds(3), 2,
            Duration.ofSeconds(5), 2, 4, 200, 20, 16, Duration.ofSeconds(10));
    private static final RobustnessBudget LONG = new RobustnessBudget(3, Duration.ofSeconds(20), 4,
            Duration.ofSeconds(60), 8, 16, 10_000, 500, 16, Duration.ofSeconds(60));

    /** The long budget when {@code -Dfanwen.robustness=long}, else the short one. */
    static RobustnessBudget current() {
        return "long".equals(System.getProperty("fanwen.robustness")) ? LONG : SHORT;
    }

    /** "short" or "long", for the reports the tests print. */
    String name() {
        return this == LONG ? "long" : "short";
    }
}
