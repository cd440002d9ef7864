/**
 * How requests get threads and time: {@link fanwen.server.work.HeavyWork}, the bounded pool that runs the
 * CPU-heavy work of requests within their time limits, and {@link fanwen.server.work.RequestWatchdog}, which
 * reports any request still running past its limit ({@link fanwen.server.work.RequestTimeLimits}).
 *
 * <p>Knows the server's limits and its error type; must not import the API's handlers or JSON records.
 */
package fanwen.server.work;

