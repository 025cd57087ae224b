package ru.gramota.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The layout of the index directory ({@code gramota.index.dir}): each index in a directory of its own,
 * and a file {@value #POINTER} that names the one the node searches. A rebuild writes a new directory
 * beside it and switches the pointer (renamed into place, atomic), so that a crash at any moment leaves
 * either the old index or the new one in use, never half of one.
 */
final class IndexRoot {

    static final String POINTER = "current";

    private static final Logger LOG = Logger.getLogger(IndexRoot.class.getName());

    private final Path root;
    private final Clock clock;

    IndexRoot(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    Path path(String name) {
        return root.resolve(name);
    }

    /**
     * The directory the pointer names; a new one when there is none. An index of the first layout (its
     * files right in the root) is moved into a directory of its own and kept.
     */
    String current() {
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(POINTER);
            if (Files.isRegularFile(pointer)) {
                return Files.readString(pointer, StandardCharsets.UTF_8).strip();
            }
            String name = fresh("index-");
            Files.createDirectories(path(name));
            List<Path> earlier;
            try (Stream<Path> files = Files.list(root)) {
                earlier = files.filter(Files::isRegularFile).toList();
            }
            for (Path file : earlier) {
                Files.move(file, path(name).resolve(file.getFileName()));
            }
            if (!earlier.isEmpty()) {
                LOG.info(() -> "The search index in " + root + " moved into " + name + " (one directory per index)");
            }
            point(name);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index directory " + root, e);
        }
    }

    /** Makes {@code name} the index the node searches, from its next start on too. */
    void point(String name) {
        try {
            Path next = root.resolve(POINTER + ".next");
            Files.writeString(next, name + "\n", StandardCharsets.UTF_8);
            Files.move(
                    next, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch the search index in " + root + " to " + name, e);
        }
    }

    /** A directory name that no index has had: the prefix and the time. */
    String fresh(String prefix) {
        String name = prefix + clock.millis();
        while (Files.exists(path(name))) {
            name = prefix + (Long.parseLong(name.substring(prefix.length())) + 1);
        }
        return name;
    }

    /** Moves a damaged index out of the way, for a post-mortem; returns where to. */
    Path moveAside(String name) throws IOException {
        Path aside = path(name + ".damaged-" + clock.millis());
        Files.move(path(name), aside);
        return aside;
    }

    /** The directories of rebuilds other than those in {@code keep}: left by rebuilds that were given up. */
    List<String> otherRebuilds(Set<String> keep) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(IndexRebuild.DIRECTORY_PREFIX) && !keep.contains(n))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the search index directory " + root, e);
        }
    }

    /** Deletes an index directory and everything in it. */
    void delete(String name) {
        Path directory = path(name);
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the search index " + directory, e);
        }
    }
}
