package kz.kelisim.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What seminars need to know about a person: IIN (personal data, never shown to other trainees and
 * masked in lists), region, organisation, position, contacts and, if recorded, gender.
 */
@Entity
@Table(name = "participant_profile")
class ParticipantProfile {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(length = 12)
    private String iin;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "position_title")
    private String position;

    @Column
    private String email;

    @Column
    private String phone;

    @Column
    private String gender;

    protected ParticipantProfile() {
    }

    ParticipantProfile(long userId) {
        this.userId = userId;
    }

    void fill(String iin, String regionId, Long organisationId, String position, String email, String phone,
            String gender) {
        this.iin = iin;
        this.regionId = regionId;
        this.organisationId = organisationId;
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.gender = gender;
    }

    Long getUserId() {
        return userId;
    }

    String getIin() {
        return iin;
    }

    String getRegionId() {
        return regionId;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getPosition() {
        return position;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getGender() {
        return gender;
    }
}
