package kz.kelisim.course;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.kelisim.base.Columns;

/** A shared file of the courses folder (register, glossary, a programme) as last loaded, as JSON. */
@Entity
@Table(name = "academy_file")
class AcademyFile {

    @Id
    private String name;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Lob
    @Column(name = "structure_json", nullable = false, length = Columns.LARGE)
    private String structureJson;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected AcademyFile() {
    }

    AcademyFile(String name) {
        this.name = name;
    }

    void replace(String contentHash, String structureJson, Instant loadedAt) {
        this.contentHash = contentHash;
        this.structureJson = structureJson;
        this.loadedAt = loadedAt;
    }

    String getName() {
        return name;
    }

    String getContentHash() {
        return contentHash;
    }

    String getStructureJson() {
        return structureJson;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
