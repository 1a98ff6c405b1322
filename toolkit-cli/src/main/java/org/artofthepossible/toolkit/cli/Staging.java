package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An export's staging folder and the shutdown hook that removes it when the export is stopped
 * (Ctrl+C, SIGTERM). The hook is registered before the folder exists, and writing into the folder
 * and removing it never overlap: once the hook has run, every later write fails instead of
 * re-creating the folder, so a stopped export leaves nothing behind.
 */
final class Staging implements AutoCloseable {
    /** Something that writes into the staging folder. */
    @FunctionalInterface
    interface Write {
        /**
         * Writes.
         *
         * @param folder the staging folder
         * @throws IOException when the write fails
         */
        void into(Path folder) throws IOException;
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Thread hook = new Thread(this::remove, "toolkit-export-cleanup");
    private Path folder; // guarded by lock
    private boolean removed; // guarded by lock

    private Staging() {}

    /**
     * Creates the staging folder of an export, with its hook already in place.
     *
     * @param site where the export goes
     * @return the staging folder's guard; close it when the export is over
     * @throws IOException when the folder cannot be created
     */
    static Staging open(SiteFolder site) throws IOException {
        var staging = new Staging();
        Runtime.getRuntime().addShutdownHook(staging.hook);
        staging.lock.writeLock().lock();
        try {
            staging.folder = site.stage();
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        } finally {
            staging.lock.writeLock().unlock();
        }
        return staging;
    }

    /**
     * Writes into the folder; writes from several threads run at once.
     *
     * @param write what to write
     * @throws IOException when the write fails, or the export is being stopped
     */
    void write(Write write) throws IOException {
        lock.readLock().lock();
        try {
            if (removed) {
                throw new IOException("the export is being stopped; nothing more is written");
            }
            write.into(folder);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes the folder, if it is still there, after the writes in progress; idempotent. */
    void remove() {
        lock.writeLock().lock();
        try {
            if (!removed && folder != null) {
                SiteFolder.deleteTree(folder);
            }
            removed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Unregisters the hook; the folder is left to whoever published or removed it. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs and removes the folder.
        }
    }
}
