package kz.kelisim.certificate;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The last number given in a series and year; locked by the issuing transaction while it issues. */
@Entity
@Table(name = "certificate_counter")
@IdClass(CertificateCounter.Key.class)
class CertificateCounter {

    record Key(String series, int year) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "series")
    private String series;

    @Id
    @Column(name = "issue_year")
    private int year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CertificateCounter() {
    }

    int next() {
        return ++lastValue;
    }

    /** Takes {@code count} numbers; returns the first. */
    int take(int count) {
        int first = lastValue + 1;
        lastValue += count;
        return first;
    }
}
