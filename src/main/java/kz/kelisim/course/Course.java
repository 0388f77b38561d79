package kz.kelisim.course;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;
import kz.kelisim.base.Language;

/** A loaded course: what the catalogue lists and searches, with its full content as JSON. */
@Entity
@Table(name = "course")
class Course {

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "version_label", nullable = false, length = 40)
    private String versionLabel;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** Comma-separated language tags, in the order of the manifest. */
    @Column(nullable = false, length = 20)
    private String languages;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(name = "self_enrolment", nullable = false)
    private boolean selfEnrolment;

    @Column(name = "title_kk", length = 300)
    private String titleKk;

    @Column(name = "title_ru", length = 300)
    private String titleRu;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    /** Lower-case titles and descriptions in every language, for the catalogue search. */
    @Lob
    @Column(name = "search_text", nullable = false, length = Columns.LARGE)
    private String searchText;

    @Lob
    @Column(name = "structure_json", nullable = false, length = Columns.LARGE)
    private String structureJson;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected Course() {
    }

    Course(String id) {
        this.id = id;
    }

    void replaceWith(CourseContent content, String contentHash, String structureJson, Instant loadedAt) {
        this.versionLabel = content.version();
        this.contentHash = contentHash;
        this.languages = String.join(",", content.languages().stream().map(Language::tag).toList());
        this.topic = content.topic().code();
        this.selfEnrolment = content.selfEnrolment();
        this.titleKk = content.title().texts().get(Language.KK);
        this.titleRu = content.title().texts().get(Language.RU);
        this.titleEn = content.title().texts().get(Language.EN);
        this.searchText = searchTextOf(content);
        this.structureJson = structureJson;
        this.loadedAt = loadedAt;
    }

    private static String searchTextOf(CourseContent content) {
        StringBuilder text = new StringBuilder();
        content.title().texts().values().forEach(title -> text.append(title).append('\n'));
        content.description().texts().values().forEach(description -> text.append(description).append('\n'));
        return CourseSearch.normalise(text.toString());
    }

    String getId() {
        return id;
    }

    String getVersionLabel() {
        return versionLabel;
    }

    String getContentHash() {
        return contentHash;
    }

    boolean isSelfEnrolment() {
        return selfEnrolment;
    }

    String getStructureJson() {
        return structureJson;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
