package org.artofthepossible.toolkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder an export writes, guarded so that no export can destroy a user's files.
 *
 * <p>Every export leaves a manifest ({@value #MANIFEST}) listing its files, which is how a later
 * export recognises a folder it may write: an empty folder, or a previous export holding nothing
 * but what its manifest lists. Anything else is refused unless the user forces it. Beside each file
 * the manifest keeps what it was rendered from (a key), its size and its modification time, so that
 * the next export can take over a file that would come out the same instead of rendering and
 * writing it again.
 *
 * <p>Every file an export writes goes first into a staging folder beside the target ({@code
 * .NAME.export-*}), and nothing in the target changes until the whole site has been rendered. A new
 * site (or one replaced with {@code --force}) is staged whole and moved into place at once. A
 * previous export is {@linkplain #update updated where it is}: only the files written are moved
 * into it, one by one, and the files the new site no longer has are removed; a manifest listing
 * both old and new files stands while that happens, so an export killed midway leaves a folder the
 * next export accepts and completes. Staging folders carry the process id of their export ({@value
 * #STAGING_MARKER}), so one left by a killed export is removed by the next export into the same
 * place, as is one holding nothing or only an empty marker (killed before it was marked).
 */
final class SiteFolder {
    /** The manifest at the root of every exported site. */
    static final String MANIFEST = ".toolkit-export";

    /** The marker inside a staging folder, holding the process id of the export writing it. */
    static final String STAGING_MARKER = ".toolkit-staging";

    private static final String MANIFEST_HEADER =
            "# Written by toolkit export: the files of this site, one a line. An export may"
                    + " replace this folder while it holds only these files.";

    /** Starts the manifest's line holding the {@linkplain ExportInputs inputs} of its export. */
    private static final String INPUTS = "# inputs ";

    private static final int FILES_NAMED = 5;

    private final Path target;
    private final List<String> manifest;
    private final Map<String, Entry> previous;

    /** The listed files the folder held when it was checked, found by walking it. */
    private final Set<String> present;

    private final Optional<String> inputs;
    private final boolean onlyListed;
    private final boolean asListed;

    private SiteFolder(
            Path target,
            List<String> manifest,
            Map<String, Entry> previous,
            Set<String> present,
            boolean onlyListed,
            boolean asListed) {
        this.target = target;
        this.manifest = manifest;
        this.previous = previous;
        this.present = present;
        this.inputs = manifest.size() > 1 ? inputsOf(manifest.get(1)) : Optional.empty();
        this.onlyListed = onlyListed;
        this.asListed = asListed;
    }

    /**
     * A file of a site as its manifest lists it.
     *
     * @param key what the file was rendered from, or empty when it is written on every export
     * @param size its length in bytes
     * @param modified its modification time in milliseconds, to notice a file changed by hand
     */
    record Entry(String key, long size, long modified) {
        /** A file never taken for what an export would write: it is rendered and compared. */
        static final Entry UNKNOWN = new Entry("", -1, -1);

        /** An entry from a line's tab-separated parts; a manifest of a version without them. */
        static Entry parse(String[] parts) {
            try {
                return parts.length == 4
                        ? new Entry(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]))
                        : UNKNOWN;
            } catch (NumberFormatException e) {
                return UNKNOWN;
            }
        }

        /** Whether a file's attributes are those this entry recorded. */
        boolean describes(BasicFileAttributes file) {
            return file.isRegularFile()
                    && file.size() == size
                    && file.lastModifiedTime().toMillis() == modified;
        }
    }

    /** Why an export may not write where it was asked to. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Checks that an export may write a site at {@code out}.
     *
     * @param out where the user asked for the site
     * @param content the content folder or zip file, when not the bundled toolkit
     * @param workingFolder the current folder
     * @param force whether the user allows replacing a folder that is not a previous export
     * @return the checked folder
     * @throws RefusedException naming why the folder may not be written; nothing was touched
     * @throws IOException when the folder cannot be inspected
     */
    static SiteFolder check(Path out, Optional<Path> content, Path workingFolder, boolean force)
            throws RefusedException, IOException {
        Path target = real(out);
        if (Files.isSymbolicLink(out.toAbsolutePath().normalize())) {
            throw new RefusedException(
                    out + " is a symbolic link; give the folder it points to instead");
        }
        if (target.getParent() == null) {
            throw new RefusedException(out + " is the root of the file system");
        }
        Path here = real(workingFolder);
        if (here.startsWith(target)) {
            throw new RefusedException(
                    out
                            + (here.equals(target)
                                    ? " is the current folder"
                                    : " holds the current folder")
                            + "; the export would replace it. Give a folder of its own, such as"
                            + " --out site");
        }
        if (content.isPresent()) {
            Path source = real(content.get());
            if (source.startsWith(target)) {
                throw new RefusedException(
                        out
                                + (source.equals(target) ? " is" : " holds")
                                + " the content "
                                + content.get()
                                + "; the export would replace it");
            }
            if (target.startsWith(source)) {
                throw new RefusedException(
                        out
                                + " is inside the content folder "
                                + content.get()
                                + "; the site would be loaded as content. Write it elsewhere");
            }
        }
        List<String> manifest = List.of();
        Map<String, Entry> previous = Map.of();
        Set<String> present = Set.of();
        boolean onlyListed = true;
        boolean asListed = false;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException(out + " is a file, not a folder; it is left as it is");
            }
            manifest = readManifest(target);
            previous = entries(manifest);
            Scan scan = scan(target, previous);
            present = scan.present();
            List<String> unknown = scan.unlisted();
            onlyListed = unknown.isEmpty();
            asListed = onlyListed && !previous.isEmpty() && scan.asListed();
            if (!unknown.isEmpty() && !force) {
                throw new RefusedException(
                        out
                                + (Files.exists(target.resolve(MANIFEST))
                                        ? " holds files that its last export did not write: "
                                        : " is not empty and is not a site this tool exported: ")
                                + describe(unknown)
                                + ". Give an empty or new folder, or --force to replace it with"
                                + " everything in it");
            }
        }
        return new SiteFolder(target, manifest, previous, present, onlyListed, asListed);
    }

    /** The folder's absolute, normalised path, with links resolved as far as it exists. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /**
     * What a folder holds against what its manifest lists.
     *
     * @param unlisted the files the manifest does not list, sorted
     * @param present the files the manifest lists that are there: only those may be removed, so
     *     that no line of a manifest, whatever it holds, removes a file outside the site
     * @param asListed whether every listed file is there, of the size and time listed
     */
    private record Scan(List<String> unlisted, Set<String> present, boolean asListed) {}

    /** Walks a folder once, reading each file's attributes as the walk finds it. */
    private static Scan scan(Path folder, Map<String, Entry> listed) throws IOException {
        var unknown = new TreeSet<String>();
        var present = new HashSet<String>(listed.size() * 4 / 3 + 1);
        var found = new int[1];
        int root = folder.toString().length() + 1;
        Files.walkFileTree(
                folder,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (!attributes.isDirectory()) {
                            String path = file.toString().substring(root).replace('\\', '/');
                            Entry entry = listed.get(path);
                            if (entry != null) {
                                present.add(path);
                                found[0] += entry.describes(attributes) ? 1 : 0;
                            } else if (!path.equals(MANIFEST)) {
                                unknown.add(path);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return new Scan(List.copyOf(unknown), present, found[0] == listed.size());
    }

    private static List<String> readManifest(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(MANIFEST_HEADER)) {
            return List.of();
        }
        return Collections.unmodifiableList(lines);
    }

    /**
     * Whether the folder's manifest records what its export was made from, read from its first
     * lines alone, ahead of {@link #check}: an export starts reading its content for that digest
     * while the folder is checked.
     *
     * @param out where the user asked for the site
     * @return whether a manifest there holds an inputs line
     */
    static boolean recordsInputs(Path out) {
        Path manifest = out.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (BufferedReader lines = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            String second = MANIFEST_HEADER.equals(lines.readLine()) ? lines.readLine() : null;
            return second != null && inputsOf(second).isPresent();
        } catch (IOException e) {
            return false; // check() reads it again, and says what is wrong
        }
    }

    /** The digest a manifest's second line records, if that line is the inputs line. */
    private static Optional<String> inputsOf(String line) {
        return line.startsWith(INPUTS)
                ? Optional.of(line.substring(INPUTS.length()))
                : Optional.empty();
    }

    /** The files a manifest lists, by path. */
    private static Map<String, Entry> entries(List<String> manifest) {
        // A copy by Map.copyOf hashed every path again: a tenth of an export with nothing to do.
        var entries = new HashMap<String, Entry>(manifest.size() * 4 / 3 + 1);
        for (String line : manifest.subList(Math.min(1, manifest.size()), manifest.size())) {
            if (line.startsWith(INPUTS)) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            entries.put(parts[0], Entry.parse(parts));
        }
        return Collections.unmodifiableMap(entries);
    }

    private static String describe(List<String> files) {
        String named = String.join(", ", files.subList(0, Math.min(FILES_NAMED, files.size())));
        return files.size() > FILES_NAMED
                ? named + " and " + (files.size() - FILES_NAMED) + " more"
                : named;
    }

    /** The folder the site goes to. */
    Path target() {
        return target;
    }

    /**
     * The files the last export wrote, as its manifest lists them.
     *
     * @return every file by path, relative to the site's root
     */
    Map<String, Entry> listed() {
        return previous;
    }

    /**
     * What the last export was made from, when it recorded it: it does so only when the content had
     * no diagnostic at all.
     *
     * @return the digest of its {@link ExportInputs}
     */
    Optional<String> inputs() {
        return inputs;
    }

    /**
     * Whether the folder held the last export exactly as it left it when it was checked: every file
     * its manifest lists, of the size and modification time listed, and nothing else.
     *
     * @return whether nothing was added, removed or changed since
     */
    boolean untouched() {
        return asListed;
    }

    /**
     * Whether the folder is a previous export holding only the files its manifest lists, which an
     * export {@linkplain #update updates where it is}, rather than replacing it whole.
     *
     * @return whether {@link #update} applies
     */
    boolean updatable() {
        return onlyListed && !previous.isEmpty();
    }

    /**
     * A file of the previous export that the new site can take over as it is.
     *
     * @param file the file in the current site
     * @param attributes its attributes, as read when it was found the same
     */
    record Kept(Path file, BasicFileAttributes attributes) {}

    /**
     * The previous export's file at {@code path}, when its manifest says it was rendered from
     * {@code key} and it has not changed since: the new site can take it over as it is.
     *
     * @param path the file, relative to the site's root
     * @param key what the new file is rendered from
     * @return the file in the current site and its attributes, if it would come out the same
     */
    Optional<Kept> unchanged(String path, String key) {
        Entry entry = previous.get(path);
        if (entry == null || entry.key().isEmpty() || !entry.key().equals(key)) {
            return Optional.empty();
        }
        Path file = target.resolve(path);
        return attributes(file).filter(entry::describes).map(a -> new Kept(file, a));
    }

    /**
     * The previous export's file at {@code path}, when it holds exactly {@code content}.
     *
     * @param path the file, relative to the site's root
     * @param content the new file's bytes
     * @return the file in the current site and its attributes, if it is the same
     * @throws IOException when the file cannot be read
     */
    Optional<Kept> same(String path, byte[] content) throws IOException {
        if (!previous.containsKey(path)) {
            return Optional.empty();
        }
        Path file = target.resolve(path);
        Optional<BasicFileAttributes> found =
                attributes(file).filter(a -> a.isRegularFile() && a.size() == content.length);
        if (found.isEmpty() || !Arrays.equals(Files.readAllBytes(file), content)) {
            return Optional.empty();
        }
        return Optional.of(new Kept(file, found.get()));
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(
                    Files.readAttributes(
                            file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Removes staging folders beside the target that exports no longer running left behind, and the
     * manifests they were writing there ({@code .NAME.manifest-PID-N}), which are not counted.
     *
     * @return how many staging folders were removed
     * @throws IOException when the parent folder cannot be listed
     */
    int removeStaleStaging() throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        String prefix = besidePrefix();
        try (DirectoryStream<Path> beside = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path found : beside) {
                String rest = found.getFileName().toString().substring(prefix.length());
                if ((rest.startsWith("export-") || rest.startsWith("old-"))
                        && Files.isDirectory(found, LinkOption.NOFOLLOW_LINKS)
                        && (unmarked(found) || writerGone(found.resolve(STAGING_MARKER)))) {
                    deleteTree(found);
                    removed++;
                } else if (MANIFEST_BESIDE.matcher(rest).matches()
                        && Files.isRegularFile(found, LinkOption.NOFOLLOW_LINKS)
                        && processGone(Long.parseLong(rest.split("-")[1]))) {
                    Files.deleteIfExists(found);
                }
            }
        }
        return removed;
    }

    /**
     * How the names of what an export writes beside the site begin: {@code .NAME.}, which {@link
     * #removeStaleStaging} looks for.
     */
    private String besidePrefix() {
        return "." + target.getFileName() + ".";
    }

    /** The name, after {@code .NAME.}, of a manifest being written beside the site. */
    private static final Pattern MANIFEST_BESIDE = Pattern.compile("manifest-[0-9]{1,18}-[0-9]+");

    /**
     * An export killed before it marked its staging folder leaves it empty, or holding only a
     * marker it had not written yet.
     */
    private static boolean unmarked(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> inside = files.limit(2).toList();
            return inside.isEmpty()
                    || inside.size() == 1
                            && inside.get(0).getFileName().toString().equals(STAGING_MARKER)
                            && Files.size(inside.get(0)) == 0;
        }
    }

    private static boolean writerGone(Path marker) {
        try {
            return processGone(
                    Long.parseLong(Files.readString(marker, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return false; // not a staging folder of this tool, or not readable: leave it
        }
    }

    private static boolean processGone(long pid) {
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Creates a new staging folder beside the target, marked with this process's id.
     *
     * @return the empty staging folder
     * @throws IOException when it cannot be created
     */
    Path stage() throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), besidePrefix() + "export-");
        mark(staging);
        return staging;
    }

    private static void mark(Path folder) throws IOException {
        Files.writeString(
                folder.resolve(STAGING_MARKER),
                Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.US_ASCII);
    }

    /**
     * Whether a site of these files, each taken over from the last export as it is, holds the last
     * export's files and no others: then nothing in the folder needs to change but the manifest,
     * which {@link #record} writes.
     *
     * @param files the site's files, relative to its root with {@code /} separators
     * @return whether no file would be added or removed
     */
    boolean unchangedBy(Map<String, Entry> files) {
        return onlyListed && files.keySet().equals(previous.keySet());
    }

    /**
     * Records the site's files and what its export was made from when every file was taken over
     * from the last export ({@link #unchangedBy}): the manifest alone is written, in place, and
     * only when it changes (new keys after a new version of the code, or new inputs).
     *
     * @param files the site's files, relative to its root with {@code /} separators
     * @param made the digest of the export's inputs, or empty when it has none
     * @throws IOException when the manifest cannot be written; the old one is then left
     */
    void record(Map<String, Entry> files, Optional<String> made) throws IOException {
        List<String> lines = manifestLines(files, made);
        if (lines.equals(manifest)) {
            return;
        }
        writeManifest(lines);
    }

    /** Replaces the manifest at once, through a file written beside the site. */
    private void writeManifest(List<String> lines) throws IOException {
        // Written beside the site, not in it: a file left there by a killed export would be one
        // the manifest does not list. Named with this process's id, so that the next export
        // removes one a killed export left.
        Path written =
                Files.createTempFile(
                        target.getParent(),
                        besidePrefix() + "manifest-" + ProcessHandle.current().pid() + "-",
                        "");
        try {
            Files.write(written, lines, StandardCharsets.UTF_8);
            Files.move(
                    written,
                    target.resolve(MANIFEST),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * Updates an {@linkplain #updatable() updatable} site where it is, once the new site is
     * complete: moves each file written into the staging folder over its path in the site, removes
     * the files the new site no longer has (those of the last export that were in the folder when
     * it was checked, with the folders they leave empty), and writes the manifest. Files taken over
     * as they were are left untouched, so they keep their modification times, and the site's folder
     * stays the same folder.
     *
     * <p>Until the new manifest is written, the manifest lists the old and the new files together,
     * the written ones as {@linkplain Entry#UNKNOWN unknown}, and records no inputs: an export
     * killed midway leaves some files new and some old in a folder the next export accepts, renders
     * those files again and completes.
     *
     * @param staging the staging folder from {@link #stage()}, holding the files written
     * @param written the files written, relative to the site's root with {@code /} separators
     * @param files every file of the new site, with what the manifest records of it
     * @param made the digest of the export's inputs, or empty when it has none
     * @throws IOException when a file cannot be moved or removed; the manifest then still lists
     *     every file the folder may hold
     */
    void update(Path staging, Set<String> written, Map<String, Entry> files, Optional<String> made)
            throws IOException {
        if (!updatable()) {
            throw new IllegalStateException(target + " is not a previous export to update");
        }
        var meanwhile = new HashMap<>(previous);
        written.forEach(path -> meanwhile.put(path, Entry.UNKNOWN));
        writeManifest(manifestLines(meanwhile, Optional.empty()));
        for (String path : written) {
            Path file = target.resolve(path);
            Files.createDirectories(file.getParent());
            Files.move(
                    staging.resolve(path),
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        for (String path : present) {
            if (!files.containsKey(path)) {
                Path file = target.resolve(path);
                Files.deleteIfExists(file);
                removeEmptyFolders(file.getParent());
            }
        }
        writeManifest(manifestLines(files, made));
    }

    /** Removes a folder of the site and its parents while they are empty, up to the site's root. */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path empty = folder;
                empty != null && !empty.equals(target) && empty.startsWith(target);
                empty = empty.getParent()) {
            try {
                Files.delete(empty);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return; // it still holds files of the site, or an earlier removal took it
            }
        }
    }

    private static List<String> manifestLines(Map<String, Entry> files, Optional<String> inputs) {
        var lines = new ArrayList<String>(files.size() + 2);
        lines.add(MANIFEST_HEADER);
        inputs.ifPresent(digest -> lines.add(INPUTS + digest));
        new TreeMap<>(files)
                .forEach(
                        (path, e) ->
                                lines.add(
                                        path
                                                + "\t"
                                                + e.key()
                                                + "\t"
                                                + e.size()
                                                + "\t"
                                                + e.modified()));
        return lines;
    }

    /**
     * Writes the manifest into a finished staging folder, the whole new site, and moves it into
     * place: for a site that is not {@linkplain #updatable() updated where it is}. What was at the
     * target (an empty folder, or with {@code --force} any folder) is replaced only now, and
     * removed once the new site is in place.
     *
     * @param staging the staging folder from {@link #stage()}
     * @param files the site's files, relative to its root with {@code /} separators
     * @param made the digest of the export's inputs, or empty when it has none
     * @throws IOException when the site cannot be moved into place; the earlier folder is then back
     */
    void publish(Path staging, Map<String, Entry> files, Optional<String> made) throws IOException {
        Files.write(staging.resolve(MANIFEST), manifestLines(files, made), StandardCharsets.UTF_8);
        Files.delete(staging.resolve(STAGING_MARKER));
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), besidePrefix() + "old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        mark(old);
        deleteTree(old);
    }

    /**
     * Deletes a folder and everything in it, as far as it can: called on failure and on signals,
     * when other threads may still be writing into it.
     *
     * @param root the folder
     */
    static void deleteTree(Path root) {
        for (int attempt = 0;
                attempt < 3 && Files.exists(root, LinkOption.NOFOLLOW_LINKS);
                attempt++) {
            try {
                Files.walkFileTree(
                        root,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                                    throws IOException {
                                Files.deleteIfExists(file);
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path dir, IOException e)
                                    throws IOException {
                                Files.deleteIfExists(dir);
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                // Something was still being written: walk again.
            }
        }
    }
}
