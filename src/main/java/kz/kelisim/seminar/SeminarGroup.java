package kz.kelisim.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A small group of a seminar, with its name and, if chosen, its leader. */
@Entity
@Table(name = "seminar_group")
class SeminarGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "seminar_id", nullable = false)
    private long seminarId;

    @Column(nullable = false)
    private String name;

    @Column(name = "leader_user_id")
    private Long leaderUserId;

    /** Set while the group has the name the balancer gave it, so it reads in every language; null once renamed. */
    @Column(name = "generated_number")
    private Integer generatedNumber;

    protected SeminarGroup() {
    }

    SeminarGroup(long seminarId, String name) {
        this.seminarId = seminarId;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    long getSeminarId() {
        return seminarId;
    }

    /** A group made by the balancer: named by its number in the reader's language ("1-топ", "Группа 1"). */
    static SeminarGroup numbered(long seminarId, int number) {
        SeminarGroup group = new SeminarGroup(seminarId, nameOf(number, kz.kelisim.base.Language.KK));
        group.generatedNumber = number;
        return group;
    }

    /** The name as the reader reads it: a numbered group's name in their language, else as given. */
    String name(kz.kelisim.base.Language reader) {
        return generatedNumber == null ? name : nameOf(generatedNumber, reader);
    }

    private static String nameOf(int number, kz.kelisim.base.Language language) {
        return java.text.MessageFormat.format(SignInSlips.texts(language).getString("groups.name-template"), number);
    }

    void setName(String name) {
        this.name = name;
        this.generatedNumber = null;
    }

    Long getLeaderUserId() {
        return leaderUserId;
    }

    void setLeaderUserId(Long leaderUserId) {
        this.leaderUserId = leaderUserId;
    }
}
