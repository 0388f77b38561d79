package kz.kelisim.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import kz.kelisim.Acting;
import kz.kelisim.audit.AuditAction;
import kz.kelisim.audit.AuditLog;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.certificate.CertificateService;
import kz.kelisim.certificate.CertificateStatus;
import kz.kelisim.course.CourseCompleted;
import kz.kelisim.course.CourseFolderTest;
import kz.kelisim.course.CourseLoader;
import kz.kelisim.people.PeopleDirectory.Filter;
import kz.kelisim.people.PeopleDirectory.PersonRow;
import kz.kelisim.people.PeopleDirectory.Status;
import kz.kelisim.people.PeopleService.NewPerson;
import kz.kelisim.quiz.ReportFixture;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.PersonProfiles.Profile;
import kz.kelisim.user.UserService;
import kz.kelisim.user.UserService.NewAccount;

/**
 * An administrator's work with people, through the services as the People pages call them: create,
 * roles, reset, deactivate, the last administrator, finding anyone on any page, a personal-data export
 * and anonymisation that leaves certificates verifiable. Each test makes its own people.
 */
@Tag("persistence")
class PeopleServiceTest extends CourseFolderTest {

    private static final String COURSE = "people-course";
    /** A valid IIN (check digit right): 12 March 1990, a man born in the twentieth century. */
    private static final String IIN = "900312300153";

    @Autowired
    PeopleService people;

    @Autowired
    PeopleDirectory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    UserService users;

    @Autowired
    CertificateService certificates;

    @Autowired
    CourseLoader loader;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(userDetails, securityContext);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private NewAccount create(String fullName, Set<String> roles, Profile profile) {
        return acting.as("admin", () -> people.create(new NewPerson(fullName, null, null, roles, profile, Set.of())));
    }

    @Test
    void an_administrator_creates_a_trainer_with_a_profile_and_a_temporary_password_to_change() {
        String name = "Сәуле Қанатқызы Ермекова " + unique();
        Profile profile = new Profile(null, "shymkent", "Шымкент қаласы әкімдігі " + unique(), "бас маман", null,
                "+7 701 000 00 00");

        NewAccount created = acting.as("admin", () -> people.create(new NewPerson(name, null, "saule@example.kz",
                Set.of(Roles.TRAINER), profile, Set.of())));

        assertThat(created.username()).startsWith("saule.k");
        assertThat(created.temporaryPassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        PeopleService.Person person = acting.as("admin", () -> people.person(created.id()));
        assertThat(person.account().fullName()).isEqualTo(name);
        assertThat(person.account().roles()).containsExactly(Roles.TRAINER);
        assertThat(person.account().mustChangePassword()).isTrue();
        assertThat(person.profile().organisation()).isEqualTo(profile.organisation());
        assertThat(person.profile().regionId()).isEqualTo("shymkent");
        assertThat(person.profile().email()).isEqualTo("saule@example.kz");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", created.id())
                .query(String.class).single();
        assertThat(passwordEncoder.matches(created.temporaryPassword(), hash)).isTrue();
        assertThat(acting.as("admin", () -> audit.entriesAbout(created.id(), created.username(), PageRequest.of(0, 10))))
                .extracting(AuditLog.Entry::action, AuditLog.Entry::actorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_CREATED, "Жүйе әкімшісі"));
    }

    @Test
    void only_administrators_manage_accounts_and_staff_may_only_look_people_up() {
        NewPerson person = new NewPerson("Біреу " + unique(), null, null, Set.of(Roles.TRAINEE), null, Set.of());
        for (String role : new String[] {"trainee", "trainer", "staff"}) {
            assertThatThrownBy(() -> acting.as(role, () -> people.create(person))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> acting.as(role, () -> people.exportPersonalData(acting.idOf("trainee")))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> acting.as("trainer", () -> directory.count(Filter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acting.as("staff", () -> directory.count(Filter.ALL))).isPositive();
    }

    @Test
    void a_bad_profile_is_refused_and_nothing_is_created() {
        String name = "Қате ЖСН " + unique();
        Profile badIin = new Profile("900312300151", null, null, null, null, null);

        assertThatThrownBy(() -> create(name, Set.of(Roles.TRAINEE), badIin))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("people.error.iin-check_digit"));
        assertThat(acting.as("admin", () -> directory.count(new Filter(name, null, null, Status.ALL)))).isZero();
        assertThatThrownBy(() -> create(name, Set.of(), null)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("people.error.no-role"));
    }

    @Test
    void nobody_changes_their_own_roles_and_the_last_active_administrator_keeps_the_role() {
        NewAccount second = create("Екінші әкімші " + unique(), Set.of(Roles.ADMIN), null);
        long admin = acting.idOf("admin");
        assertThatThrownBy(() -> acting.as("admin", () -> {
            people.changeRoles(admin, Set.of(Roles.STAFF));
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("people.error.own-roles"));

        // the second administrator takes the role from the first, whose session still holds it...
        acting.doAs(second.username(), () -> people.changeRoles(admin, Set.of(Roles.STAFF)));
        try {
            // ...and who cannot, from that session, leave Kelisim without an active administrator
            assertThatThrownBy(() -> asStaleAdministrator(() -> people.setActive(second.id(), false)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("people.error.last-administrator"));
            assertThatThrownBy(() -> asStaleAdministrator(() -> people.changeRoles(second.id(), Set.of(Roles.TRAINER))))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("people.error.last-administrator"));
        } finally {
            acting.doAs(second.username(), () -> people.changeRoles(admin, Set.of(Roles.ADMIN)));
            acting.doAs("admin", () -> people.setActive(second.id(), false));
        }
    }

    @Test
    void a_reset_password_works_once_must_be_changed_and_the_old_one_stops() {
        NewAccount created = create("Құпиясөзді ұмытқан " + unique(), Set.of(Roles.TRAINEE), null);

        NewAccount reset = acting.as("admin", () -> people.resetPassword(created.id()));

        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", created.id())
                .query(String.class).single();
        assertThat(passwordEncoder.matches(reset.temporaryPassword(), hash)).isTrue();
        assertThat(passwordEncoder.matches(created.temporaryPassword(), hash)).isFalse();
        assertThat(acting.as("admin", () -> people.person(created.id())).account().mustChangePassword()).isTrue();
        assertThat(acting.as(created.username(), () -> users.mustChangeMyPassword())).isTrue();
    }

    @Test
    void the_password_policy_says_why_a_password_is_refused() {
        NewAccount created = create("Жанар Сейітқызы Әлиева " + unique(), Set.of(Roles.TRAINEE), null);
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("short-one", "password.error.too-short");
        refusals.put("password123456", "password.error.too-common");
        refusals.put("qwertyuiop123", "password.error.too-common");
        refusals.put("1234567890", "password.error.too-common");
        refusals.put("alieva-2026-kz", "password.error.contains-name");
        refusals.put(created.username() + "-x", "password.error.same-as-username");
        refusals.forEach((password, key) -> assertThatThrownBy(() -> acting.doAs(created.username(),
                () -> users.changeMyPassword(created.temporaryPassword(), password))).as(password)
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey()).isEqualTo(key)));

        acting.doAs(created.username(), () -> users.changeMyPassword(created.temporaryPassword(), "Бұлақ-тасы сылдырлайды"));
        assertThat(acting.as(created.username(), () -> users.mustChangeMyPassword())).isFalse();
    }

    @Test
    void a_person_on_the_third_page_is_found_by_the_trainer_picker_and_the_people_list() {
        String stem = "Беттегі " + unique();
        for (int i = 1; i <= 25; i++) {
            create(stem + " " + String.format("%02d", i), Set.of(Roles.TRAINER), null);
        }

        assertThat(acting.as("trainer", () -> users.searchAccounts(Roles.TRAINER, stem, PageRequest.of(2, 10))))
                .extracting(UserService.AccountSummary::fullName).startsWith(stem + " 21").hasSize(5);
        assertThat(acting.as("admin", () -> directory.search(new Filter(stem.toUpperCase(), Roles.TRAINER, null,
                Status.ACTIVE), PageRequest.of(2, 10, Sort.by("name"))))).extracting(PersonRow::fullName)
                .as("Kazakh letters in any case").startsWith(stem + " 21").hasSize(5);
        assertThat(acting.as("admin", () -> directory.count(new Filter(stem, null, null, Status.ALL)))).isEqualTo(25);
    }

    @Test
    void people_are_found_by_whole_iin_organisation_and_region_and_filtered_by_status() {
        String organisation = "Түркістан облысы ішкі саясат басқармасы " + unique();
        NewAccount created = create("ЖСН бойынша " + unique(), Set.of(Roles.TRAINEE),
                new Profile(IIN, "turkistan", organisation, null, null, null));

        assertThat(acting.as("staff", () -> directory.search(new Filter(IIN, null, null, Status.ALL),
                PageRequest.of(0, 10)))).extracting(PersonRow::id).containsExactly(created.id());
        assertThat(acting.as("staff", () -> directory.search(new Filter(IIN.substring(0, 6), null, null, Status.ALL),
                PageRequest.of(0, 10)))).as("part of an IIN finds nobody").isEmpty();
        assertThat(acting.as("admin", () -> directory.search(new Filter(organisation.toLowerCase(), null, "turkistan",
                Status.ACTIVE), PageRequest.of(0, 10)))).extracting(PersonRow::id).containsExactly(created.id());

        acting.doAs("admin", () -> people.setActive(created.id(), false));
        assertThat(acting.as("admin", () -> directory.count(new Filter(organisation, null, null, Status.ACTIVE))))
                .isZero();
        assertThat(acting.as("admin", () -> directory.search(new Filter(organisation, null, null, Status.INACTIVE),
                PageRequest.of(0, 10)))).singleElement().satisfies(row -> assertThat(row.active()).isFalse());
        // the IIN stays free for nobody else
        assertThatThrownBy(() -> create("Екінші ЖСН " + unique(), Set.of(Roles.TRAINEE),
                new Profile(IIN, null, null, null, null, null))).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("people.error.iin-taken"));
    }

    @Test
    void the_export_holds_the_account_profile_attempts_and_certificates_and_never_the_password() throws IOException {
        NewAccount created = create("Деректерін сұраған " + unique(), Set.of(Roles.TRAINEE),
                new Profile(null, "almaty", "Алматы қаласы " + unique(), "маман", null, "+7 727 000 00 00"));
        long certificate = certify(created.id());

        Map<String, String> files = unzip(acting.as("admin", () -> people.exportPersonalData(created.id())));

        assertThat(files).containsKeys("README.txt", "account.csv", "roles.csv", "profile.csv", "seminars.csv",
                "attendance.csv", "group-work.csv", "enrolments.csv", "lessons-read.csv", "test-attempts.csv",
                "test-answers.csv", "certificates.csv", "sign-ins-and-account-changes.csv");
        assertThat(files.get("account.csv")).contains(created.username(), created.fullName());
        assertThat(files.get("profile.csv")).contains("almaty", "маман", "+7 727 000 00 00");
        assertThat(files.get("certificates.csv")).contains(created.fullName(), "KLS-");
        assertThat(files.get("sign-ins-and-account-changes.csv")).contains("ACCOUNT_CREATED");
        assertThat(String.join("\n", files.values())).doesNotContain("{bcrypt}").doesNotContain("password_hash");
        assertThat(certificate).isPositive();
    }

    @Test
    void anonymising_forgets_name_contacts_and_iin_but_the_certificate_still_verifies_with_the_printed_name() {
        String name = "Ұмытылуды сұраған " + unique();
        NewAccount created = create(name, Set.of(Roles.TRAINEE), new Profile("850101400120", "astana",
                "Астана " + unique(), "кеңесші", null, "+7 717 000 00 00"));
        long certificate = certify(created.id());
        String code = jdbc.sql("SELECT verification_code FROM certificate WHERE id = :id").param("id", certificate)
                .query(String.class).single();

        acting.doAs("admin", () -> people.anonymise(created.id()));

        PeopleService.Person forgotten = acting.as("admin", () -> people.person(created.id()));
        assertThat(forgotten.account().anonymised()).isTrue();
        assertThat(forgotten.account().active()).isFalse();
        assertThat(forgotten.account().fullName()).doesNotContain("Ұмытылуды");
        assertThat(forgotten.account().username()).isEqualTo("anonymised-" + created.id());
        assertThat(forgotten.profile().iin()).isNull();
        assertThat(forgotten.profile().phone()).isNull();
        assertThat(acting.as("admin", () -> directory.count(new Filter(name, null, null, Status.ALL)))).isZero();
        assertThat(acting.as("admin", () -> audit.entries(name, null, PageRequest.of(0, 10)))).isEmpty();
        assertThat(certificates.verify(code, "127.0.0.1")).hasValueSatisfying(verified -> {
            assertThat(verified.holderName()).isEqualTo(name);
            assertThat(verified.status()).isEqualTo(CertificateStatus.VALID);
        });
    }

    /** As the demo administrator signed in before losing the role: the session still says administrator. */
    private void asStaleAdministrator(Runnable action) {
        KelisimPrincipal stale = new KelisimPrincipal(acting.idOf("admin"), "admin", "", "Жүйе әкімшісі", true,
                Set.of(Roles.ADMIN), 0);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(stale, null, stale.getAuthorities())));
        try {
            action.run();
        } finally {
            securityContext.clearContext();
        }
    }

    /** The person completes the fixture course and staff issue its certificate; returns its id. */
    private long certify(long userId) {
        ReportFixture.writeCourseWithPreAndFinalTest(FOLDER, COURSE);
        acting.doAs("admin", () -> loader.reloadAll());
        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new CourseCompleted(userId, COURSE, "1", Instant.parse("2026-11-03T06:00:00Z"))));
        return acting.as("staff", () -> certificates.issueForCourse(userId, COURSE)).id();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
