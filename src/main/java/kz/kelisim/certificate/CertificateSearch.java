package kz.kelisim.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

import kz.kelisim.certificate.CertificateViews.RegistryFilter;

/** The registry filter as a database query: each given part narrows it, text parts match anywhere, any case. */
final class CertificateSearch {

    private static final char ESCAPE = '\\';

    private CertificateSearch() {
    }

    static Specification<Certificate> matching(RegistryFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (present(filter.number())) {
                parts.add(cb.like(cb.upper(root.get("number")), contains(filter.number().toUpperCase(Locale.ROOT)),
                        ESCAPE));
            }
            if (present(filter.holder())) {
                parts.add(cb.like(cb.lower(root.get("holderName")), contains(lower(filter.holder())), ESCAPE));
            }
            if (present(filter.title())) {
                String title = contains(lower(filter.title()));
                parts.add(cb.or(cb.like(cb.lower(root.get("titleKk")), title, ESCAPE),
                        cb.like(cb.lower(root.get("titleRu")), title, ESCAPE),
                        cb.like(cb.lower(cb.coalesce(root.get("titleEn"), "")), title, ESCAPE)));
            }
            if (filter.status() != null) {
                parts.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.issuedFrom() != null) {
                parts.add(cb.greaterThanOrEqualTo(root.get("issuedOn"), filter.issuedFrom()));
            }
            if (filter.issuedTo() != null) {
                parts.add(cb.lessThanOrEqualTo(root.get("issuedOn"), filter.issuedTo()));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Kazakh capitals lower-case by Java's rules, the same as the database's LOWER for Cyrillic. */
    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
