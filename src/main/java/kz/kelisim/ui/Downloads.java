package kz.kelisim.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadResponse;

import kz.kelisim.base.FileNames;

/**
 * A file sent to the browser to save: its name in {@code Content-Disposition} written by RFC 6266
 * and RFC 5987 (quoted, escaped and in UTF-8, so a crafted name cannot add parameters and Kazakh
 * letters arrive intact), and {@code nosniff}, so the browser takes the type we give.
 */
public final class Downloads {

    private Downloads() {
    }

    public static DownloadResponse attachment(DownloadEvent event, byte[] content, String fileName, String mediaType) {
        String name = FileNames.safe(fileName);
        event.getResponse().setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(name.isEmpty() ? "file" : name, StandardCharsets.UTF_8)
                        .build().toString());
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        return new DownloadResponse(new ByteArrayInputStream(content), name, mediaType, content.length);
    }
}
