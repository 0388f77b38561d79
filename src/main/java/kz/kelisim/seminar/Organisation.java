package kz.kelisim.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation participants work for (an akimat, a department): reference data, edited by administrators. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(nullable = false)
    private String name;

    @Column(name = "region_id")
    private String regionId;

    protected Organisation() {
    }

    Organisation(String name, String regionId) {
        this.name = name;
        this.regionId = regionId;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void rename(String name, String regionId) {
        this.name = name;
        this.regionId = regionId;
    }

    String getRegionId() {
        return regionId;
    }
}
