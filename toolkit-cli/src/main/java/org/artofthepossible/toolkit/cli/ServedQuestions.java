package org.artofthepossible.toolkit.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Outbox;
import org.artofthepossible.toolkit.questions.QuestionStoreException;

/**
 * What {@code serve} runs beside the server when it takes questions: it watches the store, and
 * reloads the engine when a question changes (a publish from the command line, or another server
 * sharing the store), within {@value #POLL_SECONDS} seconds; and, when mail is on, it sends the
 * outbox every {@value #MAIL_SECONDS} seconds. Closing it closes the store.
 */
final class ServedQuestions implements AutoCloseable {
    static final long POLL_SECONDS = 2;
    static final long MAIL_SECONDS = 30;

    private final JdbcQuestionStore store;
    private final ToolkitEngine engine;
    private final PrintWriter log;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong seen;
    private boolean reachable = true;

    ServedQuestions(
            JdbcQuestionStore store,
            ToolkitEngine engine,
            Optional<Outbox> outbox,
            PrintWriter log) {
        this.store = store;
        this.engine = engine;
        this.log = log;
        this.seen = new AtomicLong(store.lastChange());
        this.scheduler =
                Executors.newSingleThreadScheduledExecutor(
                        task -> {
                            Thread thread = new Thread(task, "toolkit-questions");
                            thread.setDaemon(true);
                            return thread;
                        });
        scheduler.scheduleWithFixedDelay(this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        outbox.ifPresent(
                o ->
                        scheduler.scheduleWithFixedDelay(
                                () -> send(o), 0, MAIL_SECONDS, TimeUnit.SECONDS));
    }

    /** The store the questions are kept in. */
    JdbcQuestionStore store() {
        return store;
    }

    /** Reloads when the store changed since the last look. */
    void poll() {
        try {
            long change = store.lastChange();
            reachable(true, "");
            if (seen.getAndSet(change) != change) {
                ReloadResult reload = engine.reload();
                if (!reload.applied()) {
                    reload.diagnostics().forEach(d -> log.println(TerminalText.safe(d)));
                    log.println(
                            "the questions changed, but the content has errors: kept the last good content");
                    log.flush();
                }
            }
        } catch (QuestionStoreException e) {
            reachable(false, e.getMessage());
        } catch (RuntimeException e) {
            log.println(
                    "reloading after a change to the questions failed: " + TerminalText.safe(e));
            log.flush();
        }
    }

    private void send(Outbox outbox) {
        try {
            outbox.deliverDue();
        } catch (QuestionStoreException e) {
            reachable(false, e.getMessage());
        } catch (RuntimeException e) {
            log.println("sending mail failed: " + TerminalText.safe(e));
            log.flush();
        }
    }

    /** Says once when the store goes out of reach, and once when it is back. */
    private synchronized void reachable(boolean now, String why) {
        if (reachable != now) {
            reachable = now;
            log.println(
                    now
                            ? "the question store is reachable again"
                            : "the question store is out of reach: " + TerminalText.safe(why));
            log.flush();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
