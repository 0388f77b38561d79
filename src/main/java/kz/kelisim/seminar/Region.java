package kz.kelisim.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kz.kelisim.base.Language;

/** One of Kazakhstan's 17 regions or 3 cities of republican significance: reference data from a migration. */
@Entity
@Table(name = "region")
class Region {

    @Id
    private String id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "name_kk", nullable = false)
    private String nameKk;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
    }

    String getId() {
        return id;
    }

    String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }

    /** Every name it is known by, for matching an imported list written in any language. */
    java.util.List<String> names() {
        return java.util.List.of(nameKk, nameRu, nameEn);
    }

    void rename(String kazakh, String russian, String english) {
        this.nameKk = kazakh;
        this.nameRu = russian;
        this.nameEn = english;
    }

}
