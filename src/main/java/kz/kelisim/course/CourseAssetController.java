package kz.kelisim.course;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves the images and attachments of a loaded course version. The content hash in the address
 * makes each address immutable; permissions are the lesson player's.
 */
@RestController
class CourseAssetController {

    private static final String PREFIX = "/course-assets/";

    private final LessonService lessons;

    CourseAssetController(LessonService lessons) {
        this.lessons = lessons;
    }

    @GetMapping(PREFIX + "{courseId}/{contentHash}/**")
    ResponseEntity<byte[]> asset(@PathVariable String courseId, @PathVariable String contentHash,
            HttpServletRequest request) {
        String uri = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
        String prefix = PREFIX + courseId + "/" + contentHash + "/";
        int start = uri.indexOf(prefix);
        if (start < 0 || contentHash.length() < 16) {
            return ResponseEntity.notFound().build();
        }
        String path = uri.substring(start + prefix.length());
        return lessons.asset(courseId, contentHash, path)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", disposition(path, file.mediaType()))
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Images show in the lesson; every other file downloads under its own name. */
    private static String disposition(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return ContentDisposition.builder(mediaType.startsWith("image/") ? "inline" : "attachment")
                .filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
