package org.sitrep.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.feed.FeedSource;
import org.sitrep.cli.UsageException;

class IngestInputsTest {
    @TempDir
    Path dir;

    @Test
    void feedExtensionsMakeFilesAndAddressesFeeds() throws IOException {
        Path world = Files.writeString(dir.resolve("world.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        IngestInputs inputs = IngestInputs.of(List.of(world.toString(), "https://wire.example/top/rss.xml"));
        assertEquals(List.of(new FeedSource.File(world), new FeedSource.Url(URI.create("https://wire.example/top/rss.xml"))),
                inputs.feeds(), "an .atom file and an .xml address are feeds");
        assertEquals(List.of(), inputs.files(), "no article files");
        assertEquals(List.of(), inputs.urls(), "no address left to probe");
    }

    @Test
    void aFileWithAnUnknownExtensionIsAFeedWhenItStartsLikeOne() throws IOException {
        Path feed = Files.writeString(dir.resolve("world.feed"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">");
        Path notes = Files.writeString(dir.resolve("notes.dat"), "Shelling was reported near the border.");
        IngestInputs inputs = IngestInputs.of(List.of(feed.toString(), notes.toString()));
        assertEquals(List.of(new FeedSource.File(feed)), inputs.feeds(), "the file that starts with <rss> is a feed");
        assertEquals(List.of(notes), inputs.files(), "the plain text file is an article");
    }

    @Test
    void articleFilesDirectoriesAndOtherAddressesKeepTheirOrder() {
        IngestInputs inputs = IngestInputs.of(List.of(dir.toString(), "b.jsonl", "http://post.example/story/7",
                "a.txt"));
        assertEquals(List.of(dir, Path.of("b.jsonl"), Path.of("a.txt")), inputs.files(),
                "directories and article files go to the article reader in the order given");
        assertEquals(List.of(URI.create("http://post.example/story/7")), inputs.urls(),
                "an address without a feed extension is probed");
    }

    @Test
    void anAddressOfAnotherSchemeIsBadUsage() {
        UsageException e = assertThrows(UsageException.class, () -> IngestInputs.of(List.of("ftp://wire.example/a")));
        assertEquals("'ftp://wire.example/a' is neither an http(s) URL nor a file: feeds are read over http or https"
                + " only", e.getMessage(), "the message names the argument and what is accepted");
    }
}
