package kz.kelisim.seminar;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.PersonalData;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;

/**
 * A person's profile as administrators keep it (IIN, region, organisation, position, contacts), the
 * same profile the participant import fills; and this feature's part of a personal-data request:
 * the profile, the seminars a person took part in, their attendance and the group work they wrote.
 */
@Service
@Transactional(readOnly = true)
public class PersonProfiles implements PersonalData {

    /** The profile; every part may be empty. The organisation is given by its name. */
    public record Profile(String iin, String regionId, String organisation, String position, String email,
            String phone) {

        public static final Profile EMPTY = new Profile(null, null, null, null, null, null);
    }

    private static final int MAX_TEXT = 300;

    private final ParticipantProfileRepository profiles;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;

    PersonProfiles(ParticipantProfileRepository profiles, RegionRepository regions,
            OrganisationRepository organisations, JdbcClient jdbc) {
        this.profiles = profiles;
        this.regions = regions;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('" + Roles.STAFF + "', '" + Roles.ADMIN + "')")
    public Profile profile(long userId) {
        return profiles.findById(userId).map(profile -> new Profile(profile.getIin(), profile.getRegionId(),
                profile.getOrganisationId() == null ? null
                        : organisations.findById(profile.getOrganisationId()).map(Organisation::getName).orElse(null),
                profile.getPosition(), profile.getEmail(), profile.getPhone())).orElse(Profile.EMPTY);
    }

    /**
     * Saves the profile as given (a blank part clears it): the IIN must be a valid one nobody else
     * has, the region one of the list; an organisation not yet known is added in the region.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void save(long userId, Profile draft) {
        String iin = blankToNull(draft.iin());
        if (iin != null) {
            Iin.problem(iin).ifPresent(problem -> {
                throw new RuleViolation("people.error.iin-" + problem.name().toLowerCase(java.util.Locale.ROOT));
            });
            if (profiles.findByIinIn(List.of(iin)).stream().anyMatch(other -> other.getUserId() != userId)) {
                throw new RuleViolation("people.error.iin-taken");
            }
        }
        String regionId = blankToNull(draft.regionId());
        if (regionId != null && !regions.existsById(regionId)) {
            throw new RuleViolation("people.error.region-unknown");
        }
        String organisationName = text(draft.organisation());
        String position = text(draft.position());
        String phone = text(draft.phone());
        if (phone != null && !phone.matches("[+0-9 ()-]{5,30}")) {
            throw new RuleViolation("people.error.phone");
        }
        Long organisationId = organisationName == null ? null : organisations.findByNameIgnoreCase(organisationName)
                .orElseGet(() -> organisations.save(new Organisation(organisationName, regionId))).getId();
        ParticipantProfile profile = profiles.findById(userId).orElseGet(() -> new ParticipantProfile(userId));
        profile.fill(iin, regionId, organisationId, position, blankToNull(draft.email()), phone,
                iin != null ? Iin.sex(iin) : profile.getGender());
        // written now, so the people list (a query of its own) shows it within the same transaction
        profiles.saveAndFlush(profile);
    }

    @Override
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<File> export(long accountId) {
        return List.of(
                File.csv("profile.csv", rows("""
                        SELECT p.iin, p.region_id, o.name AS organisation, p.position_title, p.email, p.phone, p.gender
                        FROM participant_profile p LEFT JOIN organisation o ON o.id = p.organisation_id
                        WHERE p.user_id = :id""", accountId)),
                File.csv("seminars.csv", rows("""
                        SELECT s.id AS seminar_id, s.title_kk, s.title_ru, s.venue, s.starts_on, s.ends_on,
                               g.name AS group_name, sp.joined_at
                        FROM seminar_participant sp JOIN seminar s ON s.id = sp.seminar_id
                        LEFT JOIN seminar_group g ON g.id = sp.group_id
                        WHERE sp.user_id = :id ORDER BY s.starts_on""", accountId)),
                File.csv("attendance.csv", rows("""
                        SELECT ss.seminar_id, ss.session_date, ss.starts_at, ss.title, a.status, a.marked_at
                        FROM attendance_mark a JOIN seminar_session ss ON ss.id = a.session_id
                        WHERE a.user_id = :id ORDER BY ss.session_date, ss.starts_at""", accountId)),
                File.csv("group-work.csv", rows("""
                        SELECT w.id AS workspace_id, f.field_key, f.field_value, f.updated_at
                        FROM workspace_field f JOIN exercise_workspace w ON w.id = f.workspace_id
                        WHERE f.updated_by = :id ORDER BY f.updated_at""", accountId)),
                File.csv("group-work-files.csv", rows("""
                        SELECT workspace_id, file_name, media_type, size_bytes, uploaded_at
                        FROM workspace_attachment WHERE uploaded_by = :id ORDER BY uploaded_at""", accountId)),
                File.csv("grade-adjustments.csv", rows("""
                        SELECT workspace_id, points, reason, adjusted_at
                        FROM grade_adjustment WHERE user_id = :id""", accountId)));
    }

    /** IIN, contacts and position removed; region and organisation stay for the academy's figures. */
    @Override
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void anonymise(long accountId) {
        profiles.findById(accountId).ifPresent(profile -> profile.fill(null, profile.getRegionId(),
                profile.getOrganisationId(), null, null, null, null));
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param("id", accountId).query().listOfRows();
    }

    private static String text(String value) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new RuleViolation("people.error.too-long", MAX_TEXT);
        }
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
