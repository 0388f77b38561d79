package kz.kelisim.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.base.PersonalData;
import kz.kelisim.course.CourseEditors;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.PersonProfiles;
import kz.kelisim.seminar.PersonProfiles.Profile;
import kz.kelisim.user.AccountAdministration;
import kz.kelisim.user.AccountAdministration.Account;
import kz.kelisim.user.AccountAdministration.NewAccountRequest;
import kz.kelisim.user.UserService.NewAccount;

/**
 * What administrators do with a person, each in one transaction: create the account with its profile
 * and course grants, change them, reset, unlock, deactivate, and answer a personal-data request
 * (everything Kelisim holds as one ZIP; anonymisation across every feature at once).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PeopleService {

    /** A person as the administrator's page shows them. */
    public record Person(Account account, Profile profile, Set<String> editedCourses) {
    }

    /** What the administrator fills in for a new person. */
    public record NewPerson(String fullName, String username, String email, Set<String> roles, Profile profile,
            Set<String> editedCourses) {
    }

    private final AccountAdministration accounts;
    private final PersonProfiles profiles;
    private final CourseEditors editors;
    private final List<PersonalData> personalData;
    private final AuditLog audit;
    private final TemporaryPasswordMail mail;
    private final Clock clock;

    PeopleService(AccountAdministration accounts, PersonProfiles profiles, CourseEditors editors,
            List<PersonalData> personalData, AuditLog audit, TemporaryPasswordMail mail, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.editors = editors;
        this.personalData = personalData;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    public Person person(long id) {
        return new Person(accounts.account(id), profiles.profile(id), editors.coursesEditedBy(id));
    }

    /**
     * Creates the account, its profile and course grants, all or nothing; the temporary password is in
     * the answer only (and e-mailed where mail is configured, once the account is saved).
     */
    @Transactional
    public NewAccount create(NewPerson person) {
        Profile profile = person.profile() == null ? Profile.EMPTY : person.profile();
        NewAccount created = accounts.create(new NewAccountRequest(person.fullName(), person.username(),
                person.email(), person.roles()));
        profiles.save(created.id(), withEmail(profile, person.email()));
        if (person.editedCourses() != null && !person.editedCourses().isEmpty()) {
            setEditedCourses(created.id(), person.editedCourses());
        }
        mail.sendAfterCommit(person.email(), created);
        return created;
    }

    /** Saves name, e-mail and profile together. */
    @Transactional
    public void saveProfile(long id, String fullName, String email, Profile profile) {
        accounts.changeProfile(id, fullName, email);
        profiles.save(id, withEmail(profile, email));
    }

    @Transactional
    public void changeRoles(long id, Set<String> roles) {
        accounts.changeRoles(id, roles);
    }

    /** Makes the person an editor of exactly these courses. */
    @Transactional
    public void setEditedCourses(long id, Set<String> courseIds) {
        Account account = accounts.account(id);
        Set<String> before = editors.coursesEditedBy(id);
        if (editors.setCoursesEditedBy(id, courseIds)) {
            Set<String> granted = new TreeSet<>(courseIds);
            granted.removeAll(before);
            Set<String> revoked = new TreeSet<>(before);
            revoked.removeAll(courseIds);
            if (!granted.isEmpty()) {
                audit.record(AuditAction.COURSE_EDITOR_GRANTED, id, account.fullName(), String.join(", ", granted));
            }
            if (!revoked.isEmpty()) {
                audit.record(AuditAction.COURSE_EDITOR_REVOKED, id, account.fullName(), String.join(", ", revoked));
            }
        }
    }

    /** A new temporary password, shown once (and e-mailed where mail is configured). */
    @Transactional
    public NewAccount resetPassword(long id) {
        String password = accounts.resetPassword(id);
        Account account = accounts.account(id);
        NewAccount reset = new NewAccount(id, account.username(), account.fullName(), password);
        mail.sendAfterCommit(account.email(), reset);
        return reset;
    }

    @Transactional
    public void unlock(long id) {
        accounts.unlock(id);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        accounts.setActive(id, active);
    }

    /** Everything Kelisim holds about the person: one folder of CSV files per feature, and a README. */
    @Transactional
    public byte[] exportPersonalData(long id) {
        Account account = accounts.account(id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(readme(account).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (PersonalData part : personalData) {
                for (PersonalData.File file : part.export(id)) {
                    zip.putNextEntry(new ZipEntry(file.name()));
                    zip.write(file.content());
                    zip.closeEntry();
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        audit.record(AuditAction.DATA_EXPORTED, id, account.fullName(), null);
        return bytes.toByteArray();
    }

    /**
     * Forgets the person at their request: name, user name, contacts and IIN replaced or removed in
     * every feature at once; their certificates stay valid and verifiable with the name as printed.
     */
    @Transactional
    public void anonymise(long id) {
        personalData.forEach(part -> part.anonymise(id));
        accounts.anonymise(id);
    }

    private String readme(Account account) {
        return """
                Kelisim: personal data held about account %d (%s), exported %s.
                Under the Law of the Republic of Kazakhstan "On Personal Data and Their Protection" (2013).
                Each CSV file is UTF-8 with a header row; an empty file means nothing of that kind is held.
                """.formatted(account.id(), account.username(), clock.instant());
    }

    private static Profile withEmail(Profile profile, String email) {
        return new Profile(profile.iin(), profile.regionId(), profile.organisation(), profile.position(), email,
                profile.phone());
    }
}
