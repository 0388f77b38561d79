package kz.kelisim.course;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import kz.kelisim.base.Columns;

/** An image or attachment of a loaded course, kept with the version it belongs to. */
@Entity
@Table(name = "course_asset")
@IdClass(CourseAsset.Key.class)
class CourseAsset {

    record Key(String courseId, String path) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "course_id")
    private String courseId;

    @Id
    private String path;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Lob
    @Column(nullable = false, length = Columns.LARGE)
    private byte[] content;

    protected CourseAsset() {
    }

    CourseAsset(String courseId, String path, byte[] content) {
        this.courseId = courseId;
        this.path = path;
        this.mediaType = CourseFiles.mediaType(path);
        this.content = content;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getContent() {
        return content;
    }
}
