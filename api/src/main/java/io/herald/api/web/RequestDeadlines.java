package io.herald.api.web;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.helidon.common.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * Time limits on receiving a request, which Helidon 4.1 lacks: its idle timeout closes a connection only while it
 * waits for a request line, so a client that sends a request line and then its headers or its body slowly, or never,
 * holds a connection and a thread for as long as it likes. Here the headers must arrive within
 * {@code herald.http.header-timeout} of the request line and the body within {@code herald.http.body-timeout} of
 * the headers; otherwise the connection's thread is interrupted, which closes its socket.
 *
 * <p>Helidon calls this listener on the connection's own thread when it has read a request line and when it has read
 * the headers; {@link #bodyRead} is called on that thread too, once the body is in. A sweeper thread looks at the
 * deadlines a few times per timeout. Each deadline is settled exactly once, by whichever comes first: the request
 * moving on, or the sweeper; a request that finds its deadline was settled by the sweeper stops there, so an interrupt
 * never lands in the middle of handling a request.
 */
public final class RequestDeadlines implements Http1ConnectionListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RequestDeadlines.class.getName());

    private final Duration headerTimeout;
    private final Duration bodyTimeout;
    private final Map<Thread, Deadline> deadlines = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    private record Deadline(long at, String awaited, Duration timeout, AtomicBoolean settled) {
    }

    private RequestDeadlines(Duration headerTimeout, Duration bodyTimeout) {
        this.headerTimeout = headerTimeout;
        this.bodyTimeout = bodyTimeout;
        long tick = Math.clamp(Math.min(headerTimeout.toMillis(), bodyTimeout.toMillis()) / 4, 50, 1000);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("herald-request-deadlines").unstarted(task));
        sweeper.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** From {@code herald.http.header-timeout} (default 10 s) and {@code herald.http.body-timeout} (20 s). */
    public static RequestDeadlines start(Config config) {
        return new RequestDeadlines(duration(config, "herald.http.header-timeout", Duration.ofSeconds(10)),
                                    duration(config, "herald.http.body-timeout", Duration.ofSeconds(20)));
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        await("its headers", headerTimeout);
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (headers.contains(HeaderNames.TRANSFER_ENCODING)
            || headers.first(HeaderNames.CONTENT_LENGTH).filter(length -> !length.strip().equals("0")).isPresent()) {
            await("its body", bodyTimeout);
        } else {
            settle(deadlines.remove(Thread.currentThread()));
        }
    }

    /** The request's body has been read (or there is none): nothing more is awaited until the next request. */
    public void bodyRead() {
        settle(deadlines.remove(Thread.currentThread()));
    }

    private void await(String what, Duration timeout) {
        Deadline next = new Deadline(System.nanoTime() + timeout.toNanos(), what, timeout, new AtomicBoolean());
        settle(deadlines.put(Thread.currentThread(), next));
    }

    /** Settles the previous deadline of this thread; if the sweeper settled it first, the connection is closing. */
    private static void settle(Deadline previous) {
        if (previous != null && !previous.settled().compareAndSet(false, true)) {
            throw new CloseConnectionException("The request did not arrive in time");
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        deadlines.forEach((thread, deadline) -> {
            if (!thread.isAlive()) {
                deadlines.remove(thread, deadline);
            } else if (now - deadline.at() >= 0 && deadline.settled().compareAndSet(false, true)) {
                deadlines.remove(thread, deadline);
                // A virtual thread interrupted while it reads a socket closes that socket.
                thread.interrupt();
                LOG.log(Level.DEBUG, "Closed a connection: " + deadline.awaited() + " did not arrive within "
                                     + deadline.timeout());
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        Duration value = config.get(key).as(Duration.class).orElse(fallback);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive duration, not " + value);
        }
        return value;
    }
}
