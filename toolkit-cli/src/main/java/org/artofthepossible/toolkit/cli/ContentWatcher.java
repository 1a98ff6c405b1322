package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.ToolkitEngine;

/**
 * Reloads the engine when files under the content folder change. Changes are debounced: a save that
 * touches several files reloads once, {@value #DEBOUNCE_MILLIS} ms after the last event; under a
 * steady stream of saves, a reload still starts at most {@value #MAX_DELAY_MILLIS} ms after the
 * first change it applies, so edits are never starved. A reload with errors keeps the last good
 * content in service and prints why.
 */
final class ContentWatcher implements AutoCloseable {
    static final long DEBOUNCE_MILLIS = 300;
    static final long MAX_DELAY_MILLIS = 1_000;

    private final ToolkitEngine engine;
    private final PrintWriter log;
    private final WatchService watch;
    private final ScheduledExecutorService scheduler;
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private long firstChangeNanos;

    ContentWatcher(ToolkitEngine engine, Path root, PrintWriter log) throws IOException {
        this.engine = engine;
        this.log = log;
        this.watch = FileSystems.getDefault().newWatchService();
        this.scheduler =
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "toolkit-reload"));
        register(root);
        this.thread = daemon(this::run, "toolkit-watch");
        thread.start();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                for (var event : key.pollEvents()) {
                    Path changed = ((Path) key.watchable()).resolve((Path) event.context());
                    if (Files.isDirectory(changed)) {
                        register(changed); // a new folder: watch it too
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.println("watching stopped: " + e);
            log.flush();
        }
    }

    private synchronized void schedule() {
        long now = System.nanoTime();
        if (pending == null || pending.isDone()) {
            firstChangeNanos = now;
        } else {
            pending.cancel(false);
        }
        long untilDeadline =
                TimeUnit.NANOSECONDS.toMillis(
                        firstChangeNanos + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS) - now);
        pending =
                scheduler.schedule(
                        this::reload,
                        Math.max(0, Math.min(DEBOUNCE_MILLIS, untilDeadline)),
                        TimeUnit.MILLISECONDS);
    }

    private void reload() {
        synchronized (this) {
            pending = null; // changes from now on wait for the next reload
        }
        ReloadResult result = engine.reload();
        result.diagnostics().forEach(d -> log.println(TerminalText.safe(d)));
        if (result.applied()) {
            log.printf(
                    "Reloaded: %d items, version %s%n",
                    result.toolkit().items().size(), result.toolkit().version().substring(0, 12));
        } else {
            log.println("The new content has errors; still serving the last good content.");
        }
        log.flush();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        scheduler.shutdownNow();
        watch.close();
    }
}
