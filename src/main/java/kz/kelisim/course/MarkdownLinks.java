package kz.kelisim.course;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.springframework.web.util.UriUtils;

/**
 * Checks the images and links of a Markdown body: local ones must be files inside the lesson folder
 * of an allowed type; external links must be http, https or mailto; images must be local.
 * Returns the local files the body uses, so they are stored with the course.
 */
final class MarkdownLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownLinks() {
    }

    /** The scheme of a link to a term of the academy's glossary: {@code [этномедиация](glossary:ethnomediation)}. */
    static final String GLOSSARY_SCHEME = "glossary:";

    /**
     * @param file the body's path as reported in problems
     * @param lessonFolder the folder that relative paths are resolved against and may not leave;
     *        null for a text that may point to no local file (a form)
     * @param academy the glossary that {@code glossary:} links must name a term of
     * @return lesson-relative paths (with '/') of the local files used
     */
    static Set<String> check(String file, String markdown, Path lessonFolder, AcademyFiles academy,
            List<ContentProblem> problems) {
        Set<String> used = new LinkedHashSet<>();
        Node document = PARSER.parse(markdown);
        List<Node> targets = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                targets.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                targets.add(link);
                visitChildren(link);
            }
        });
        for (Node target : targets) {
            boolean image = target instanceof Image;
            String destination = image ? ((Image) target).getDestination() : ((Link) target).getDestination();
            int line = target.getSourceSpans().isEmpty() ? 0 : target.getSourceSpans().getFirst().getLineIndex() + 1;
            if (!image && destination != null && destination.startsWith(GLOSSARY_SCHEME)) {
                checkTerm(destination.substring(GLOSSARY_SCHEME.length()), academy, file, line, problems);
                continue;
            }
            String local = checkOne(destination, image, lessonFolder, file, line, problems);
            if (local != null) {
                used.add(local);
            }
        }
        return used;
    }

    private static String checkOne(String destination, boolean image, Path lessonFolder, String file, int line,
            List<ContentProblem> problems) {
        if (destination == null || destination.isBlank()) {
            problems.add(problem(file, line, image ? "image-missing" : "link-missing", ""));
            return null;
        }
        if (destination.startsWith("#")) {
            return null;
        }
        if (SCHEME.matcher(destination).find()) {
            String scheme = destination.substring(0, destination.indexOf(':')).toLowerCase(Locale.ROOT);
            if (image) {
                problems.add(problem(file, line, "image-not-local", destination));
            } else if (!LINK_SCHEMES.contains(scheme)) {
                problems.add(problem(file, line, "link-scheme", destination));
            }
            return null;
        }
        if (lessonFolder == null) {
            problems.add(problem(file, line, "form-local-file", destination));
            return null;
        }
        String path = decodePath(destination);
        return checkLocalFile(path, lessonFolder, image ? CourseFiles.IMAGE_TYPES : CourseFiles.ATTACHMENT_TYPES,
                image ? "image-missing" : "link-missing", image ? "image-type" : "file-type-not-allowed", file, line,
                problems);
    }

    private static void checkTerm(String termId, AcademyFiles academy, String file, int line,
            List<ContentProblem> problems) {
        if (!YamlSource.ID.matcher(termId).matches() || termId.length() > YamlSource.MAX_ID_LENGTH) {
            problems.add(problem(file, line, "glossary-link-invalid", GLOSSARY_SCHEME + termId));
        } else {
            academy.checkTerm(termId, file, line, problems);
        }
    }

    /** A file named from a lesson: inside the lesson folder, existing, allowed, not too large. */
    static String checkLocalFile(String path, Path lessonFolder, Set<String> allowedTypes, String missingKind,
            String typeKind, String file, int line, List<ContentProblem> problems) {
        Path resolved = lessonFolder.resolve(path).normalize();
        if (path.startsWith("/") || !resolved.startsWith(lessonFolder.normalize())) {
            problems.add(problem(file, line, "path-outside-lesson", path));
            return null;
        }
        if (!Files.isRegularFile(resolved)) {
            problems.add(problem(file, line, missingKind, path));
            return null;
        }
        try {
            // a link in the folder may point anywhere on the disk: follow it before trusting it
            if (!resolved.toRealPath().startsWith(lessonFolder.toRealPath())) {
                problems.add(problem(file, line, "path-outside-lesson", path));
                return null;
            }
        } catch (java.io.IOException e) {
            problems.add(problem(file, line, "read-failed", path));
            return null;
        }
        if (!allowedTypes.contains(CourseFiles.extension(path))) {
            problems.add(problem(file, line, typeKind, path, String.join(", ", allowedTypes.stream().sorted().toList())));
            return null;
        }
        try {
            if (Files.size(resolved) > CourseFiles.MAX_BYTES) {
                problems.add(problem(file, line, "file-too-large", path, String.valueOf(CourseFiles.MAX_BYTES / 1024 / 1024)));
                return null;
            }
        } catch (java.io.IOException e) {
            problems.add(problem(file, line, "read-failed", path));
            return null;
        }
        return lessonFolder.normalize().relativize(resolved).toString().replace('\\', '/');
    }

    /**
     * A Markdown destination as a file path: query and fragment dropped, %-escapes decoded ('+' stays
     * a plus, as in any path); a malformed escape is taken literally.
     */
    static String decodePath(String destination) {
        String path = destination.replaceAll("[?#].*$", "");
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return path;
        }
    }

    private static ContentProblem problem(String file, int line, String kind, String... arguments) {
        return new ContentProblem(file, line, kind, List.of(arguments));
    }
}
