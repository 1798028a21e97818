package bnlab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manual is README.md plus the pages under docs/: every relative link, image and #anchor in them
 * must lead somewhere, so that moving a section cannot leave a dead link behind.
 */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HTML_SRC = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
    private static final Pattern HTML_ID = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"");

    @Test
    void everyRelativeLinkAndAnchorInTheManualLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = manualPages();
        assertTrue(pages.size() > 5, "README.md and the pages under docs/: " + pages);
        Map<Path, Set<String>> anchors = new HashMap<>();
        int links = 0;
        for (Path page : pages) {
            for (String target : links(Files.readString(page))) {
                links++;
                if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) continue; // http:, https:, mailto:
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                    continue;
                }
                if (hash >= 0) {
                    String anchor = target.substring(hash + 1);
                    Set<String> known = anchors.computeIfAbsent(resolved, DocumentationLinksTest::anchorsOf);
                    if (!known.contains(anchor)) broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertTrue(links > 50, "links found: " + links);
        assertEquals(List.of(), broken, "broken links in the manual");
    }

    @Test
    void everyPageUnderDocsIsReachableFromTheReadme() throws IOException {
        Set<Path> reached = new HashSet<>();
        List<Path> todo = new ArrayList<>(List.of(Path.of("README.md").toAbsolutePath().normalize()));
        while (!todo.isEmpty()) {
            Path page = todo.remove(todo.size() - 1);
            if (!reached.add(page)) continue;
            for (String target : links(Files.readString(page))) {
                if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) continue;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (!file.endsWith(".md")) continue;
                Path next = page.getParent().resolve(file).normalize();
                if (Files.isRegularFile(next) && next.startsWith(Path.of("").toAbsolutePath())) todo.add(next);
            }
        }
        List<Path> unreached = manualPages().stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> !reached.contains(p)).toList();
        assertEquals(List.of(), unreached, "pages of docs/ that no link from README.md leads to");
    }

    @Test
    void headingsBecomeTheAnchorsGitHubMakes() {
        assertEquals("the-engine-and-why-you-can-trust-it", slug("The engine, and why you can trust it"));
        assertEquals("for-developers-bnlablessons", slug("For developers: `bnlab.lessons`"));
        assertEquals("training-speed-against-pytorch-2026-12-01", slug("Training speed against PyTorch (2026-12-01)"));
    }

    static List<Path> manualPages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md").toAbsolutePath()));
        try (Stream<Path> docs = Files.walk(Path.of("docs").toAbsolutePath())) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<String> links(String markdown) {
        List<String> found = new ArrayList<>();
        for (String line : withoutCode(markdown)) {
            Matcher m = LINK.matcher(line);
            while (m.find()) found.add(m.group(1));
            Matcher h = HTML_SRC.matcher(line);
            while (h.find()) found.add(h.group(1));
        }
        return found;
    }

    /** The lines outside fenced code blocks, with inline code spans removed. */
    static List<String> withoutCode(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) lines.add(line.replaceAll("`[^`]*`", "``"));
        }
        return lines;
    }

    static Set<String> anchorsOf(Path page) {
        Set<String> anchors = new HashSet<>();
        if (!page.toString().endsWith(".md")) return anchors;
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        try {
            for (String line : Files.readAllLines(page)) {
                if (line.startsWith("```")) fenced = !fenced;
                if (fenced) continue;
                Matcher id = HTML_ID.matcher(line);
                while (id.find()) anchors.add(id.group(1));
                Matcher h = HEADING.matcher(line);
                if (!h.matches()) continue;
                String slug = slug(h.group(1));
                int n = seen.merge(slug, 1, Integer::sum);
                anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + page, e);
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces made hyphens. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
                .replace(' ', '-');
    }
}
