package org.sitrep.article.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.article.ArticleReadException;
import org.sitrep.article.ReadResult;

/** Lists the article files under a directory. */
public final class Directory {
    /** File name extensions read, lower case, without dot. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "json");

    private Directory() {
    }

    /**
     * An entry of a listing: a file to read, or a note on a file that is not read.
     *
     * @param path the file
     * @param note why it is not read, or null when it is to be read
     */
    public record Entry(Path path, ReadResult.Failed note) {
    }

    /**
     * Hidden files and directories (names starting with a dot) are passed over without a note.
     *
     * @param root a directory
     * @return its files and notes, recursively, sorted by path
     * @throws IOException if the directory itself cannot be listed
     */
    public static List<Entry> list(Path root) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isHidden(file)) {
                    entries.add(entry(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                entries.add(new Entry(file, ArticleReadException.cannotRead(file, e).toResult()));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /**
     * @param path a file
     * @return its extension in lower case, without dot; empty when it has none
     */
    public static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * @param path a file
     * @return its name without extension
     */
    public static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static Entry entry(Path file, BasicFileAttributes attrs) {
        String quoted = FileInput.quoted(file);
        if (!attrs.isRegularFile()) {
            return new Entry(file, new ReadResult.Failed(file.toString(), quoted + " is not a regular file: skipped"));
        }
        if (!EXTENSIONS.contains(extension(file))) {
            return new Entry(file, new ReadResult.Failed(file.toString(),
                    quoted + " skipped: only .txt, .html, .htm, .jsonl and .json files are read"));
        }
        return new Entry(file, null);
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
