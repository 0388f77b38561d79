package kz.kelisim.seminar;

import static kz.kelisim.seminar.ParticipantLists.csv;
import static kz.kelisim.seminar.ParticipantLists.newIin;
import static kz.kelisim.seminar.ParticipantLists.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.seminar.ParticipantImport.Preview;
import kz.kelisim.seminar.ParticipantImport.PreviewRow;
import kz.kelisim.seminar.ParticipantImport.Problem;
import kz.kelisim.seminar.ParticipantImport.Result;
import kz.kelisim.seminar.ParticipantImport.Slip;
import kz.kelisim.seminar.ParticipantImport.Standing;

/** The participant import as trainers use it, committing for real: nothing is half-saved. */
@SpringBootTest
@Tag("persistence")
class ParticipantImportTest {

    static final List<String> HEADER = List.of("Аты-жөні", "ЖСН", "Өңір", "Ұйым", "Лауазымы", "E-mail", "Телефон");

    @Autowired
    ParticipantImport imports;

    @Autowired
    SeminarService seminars;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    kz.kelisim.user.UserService users;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void preview_shows_every_problem_of_every_row_with_its_line_number() {
        long seminar = seminar(30);
        String good = newIin();
        String repeated = newIin();
        byte[] list = csv(';', List.of(HEADER,
                row("Жақсылықова Әсел", good, "Астана қаласы", "", "", "asel@example.kz", ""),
                row("", withWrongCheckDigit(newIin()), "Нет такой области", "", "", "", ""),
                row("Ким Дмитрий", repeated, "akmola", "", "", "not-an-address", "12"),
                row("Өтебаева Гүлнұр", repeated, "Түркістан облысы", "", "", "", "+7 701 234 56 78"),
                row("Шмидт Анна", "991340300015", "Pavlodar Region", "", "", "", ""),
                row("Һашимов Бауыржан", "12345", "", "", "", "", "")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "тізім.csv", list, Language.KK));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.canSave()).isFalse();
        assertThat(preview.rows()).extracting(PreviewRow::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(keys(preview.rows().get(0))).isEmpty();
        assertThat(preview.rows().get(0).region()).isEqualTo("Астана қаласы");
        assertThat(preview.rows().get(0).maskedIin()).isEqualTo("••••••••" + good.substring(8));
        assertThat(keys(preview.rows().get(1))).containsExactly("import.problem.name-missing",
                "iin.error.check-digit", "import.problem.region-unknown");
        assertThat(keys(preview.rows().get(2))).containsExactly("import.problem.email", "import.problem.phone");
        assertThat(preview.rows().get(2).region()).isEqualTo("Ақмола облысы");
        assertThat(preview.rows().get(3).problems()).containsExactly(Problem.of("import.problem.iin-duplicate", 4));
        assertThat(keys(preview.rows().get(4))).containsExactly("iin.error.date");
        assertThat(keys(preview.rows().get(5))).containsExactly("iin.error.format", "import.problem.region-missing");
        assertThat(preview.count(Standing.NEW_PERSON)).isEqualTo(6);
        assertThat(preview.rowsWithProblems()).isEqualTo(5);
    }

    @Test
    void an_xlsx_list_is_read_like_a_csv_even_with_an_iin_typed_into_a_number_cell() {
        long seminar = seminar(30);
        String bornIn2003 = ParticipantLists.newIinBornOn(LocalDate.of(2003, 4, 5));
        String other = newIin();
        byte[] list = ParticipantLists.xlsx(List.of(List.of("ФИО", "ИИН", "Регион", "Организация"),
                List.of("Ахметов Ерлан", "#" + Long.parseLong(bornIn2003), "город Алматы", "Аким"),
                List.of("", "#" + withWrongCheckDigit(other).replaceFirst("^0+", ""), "Abai Region", "")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.xlsx", list, Language.RU));

        assertThat(preview.rows()).extracting(PreviewRow::line).containsExactly(2, 3);
        assertThat(keys(preview.rows().get(0))).isEmpty();
        assertThat(preview.rows().get(0).maskedIin()).endsWith(bornIn2003.substring(8));
        assertThat(preview.rows().get(0).region()).isEqualTo("город Алматы");
        assertThat(keys(preview.rows().get(1))).contains("import.problem.name-missing");
    }

    @Test
    void a_file_not_in_utf8_is_refused_as_bad_encoding_and_a_stray_bad_line_is_marked() {
        long seminar = seminar(30);
        byte[] windows1251 = String.join("\n", "ФИО;ИИН;Регион", "Иванов Иван;" + newIin() + ";город Астана",
                "Петров Пётр;" + newIin() + ";город Астана").getBytes(Charset.forName("windows-1251"));

        Preview refused = as("trainer", () -> imports.preview(seminar, "list.csv", windows1251, Language.EN));

        assertThat(refused.fileProblems()).extracting(Problem::key).containsExactly("import.file.encoding");
        assertThat(refused.canSave()).isFalse();

        byte[] header = "ФИО;ИИН;Регион\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] good = ("Ким Дмитрий;" + newIin() + ";город Астана\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = ("Шмидт Анна;" + newIin() + ";город Астана\n").getBytes(Charset.forName("windows-1251"));
        byte[] alsoGood = ("Ли Анна;" + newIin() + ";город Астана\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] mixed = concat(header, good, bad, alsoGood);

        Preview marked = as("trainer", () -> imports.preview(seminar, "list.csv", mixed, Language.EN));

        assertThat(marked.fileProblems()).isEmpty();
        assertThat(marked.rows()).filteredOn(PreviewRow::hasProblems).singleElement()
                .satisfies(row -> {
                    assertThat(row.line()).isEqualTo(3);
                    assertThat(keys(row)).contains("import.problem.encoding");
                });
    }

    @Test
    void nothing_is_saved_when_one_row_has_a_problem() {
        long seminar = seminar(30);
        byte[] list = csv(',', List.of(HEADER,
                row("Жаңа Адам", newIin(), "Астана қаласы", "Жаңа ұйым " + System.nanoTime(), "маман", "", ""),
                row("Екінші Адам", withWrongCheckDigit(newIin()), "Астана қаласы", "", "", "", "")));
        long[] before = counts();

        assertThatThrownBy(() -> as("trainer", () -> imports.save(seminar, "list.csv", list, Language.KK)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.not-saved"));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void a_saved_list_creates_accounts_that_must_change_their_password_and_adds_everyone_once() {
        long seminar = seminar(30);
        String iin = newIin();
        String organisation = "Абай облысы әкімдігі " + System.nanoTime();
        byte[] list = csv(';', List.of(HEADER,
                row("Құдайбергенова Ұлжан", iin, "abai", organisation, "бас маман", "", "+7 701 111 22 33"),
                row("Оспанов Нұрлан", newIin(), "Абай облысы", organisation, "", "nurlan@example.kz", "")));

        Result result = as("trainer", () -> imports.save(seminar, "list.csv", list, Language.KK));

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.accountsCreated()).isEqualTo(2);
        Slip slip = result.slips().get(0);
        assertThat(slip.fullName()).isEqualTo("Құдайбергенова Ұлжан");
        assertThat(slip.username()).startsWith("kudaibergenova.u");
        assertThat(slip.temporaryPassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        UserDetails account = userDetails.loadUserByUsername(slip.username());
        assertThat(passwordEncoder.matches(slip.temporaryPassword(), account.getPassword())).isTrue();
        assertThat(account.getPassword()).doesNotContain(slip.temporaryPassword());
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?", Boolean.class,
                slip.username())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Long.class, organisation))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from seminar_participant where seminar_id = ?", Long.class,
                seminar)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select gender from participant_profile where iin = ?", String.class, iin))
                .isEqualTo(Iin.sex(iin));

        Preview again = as("trainer", () -> imports.preview(seminar, "list.csv", list, Language.KK));
        assertThat(again.count(Standing.ALREADY_PARTICIPANT)).isEqualTo(2);
        long[] before = counts();
        Result second = as("trainer", () -> imports.save(seminar, "list.csv", list, Language.KK));
        assertThat(second.accountsCreated()).isZero();
        assertThat(second.alreadyParticipants()).isEqualTo(2);
        assertThat(second.slips()).extracting(Slip::temporaryPassword).containsOnlyNulls();
        assertThat(second.slips()).extracting(Slip::username).containsExactlyElementsOf(
                result.slips().stream().map(Slip::username).toList());
        assertThat(counts()).containsExactly(before);

        long otherSeminar = seminar(30);
        Preview elsewhere = as("trainer", () -> imports.preview(otherSeminar, "list.csv", list, Language.KK));
        assertThat(elsewhere.count(Standing.EXISTING_ACCOUNT)).isEqualTo(2);
    }

    @Test
    void an_iin_already_held_by_someone_with_another_name_is_reported() {
        long seminar = seminar(30);
        String iin = newIin();
        as("trainer", () -> imports.save(seminar, "first.csv",
                csv(',', List.of(HEADER, row("Сәрсенов Арман", iin, "astana", "", "", "", ""))), Language.KK));

        Preview preview = as("trainer", () -> imports.preview(seminar, "second.csv",
                csv(',', List.of(HEADER, row("Басқа Адам", iin, "astana", "", "", "", ""),
                        row("сәрсенов  арман", newIin(), "astana", "", "", "", ""))),
                Language.KK));

        assertThat(keys(preview.rows().get(0))).containsExactly("import.problem.iin-other-name");
        assertThat(preview.rows().get(0).fullName()).isEqualTo("Басқа Адам");
    }

    @Test
    void rows_beyond_the_seminars_capacity_are_problems() {
        long seminar = seminar(2);
        byte[] list = csv(',', List.of(HEADER, row("Бір Адам", newIin(), "astana", "", "", "", ""),
                row("Екі Адам", newIin(), "astana", "", "", "", ""),
                row("Үш Адам", newIin(), "astana", "", "", "", "")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.csv", list, Language.KK));

        assertThat(preview.rows()).extracting(this::keys).containsExactly(List.of(), List.of(),
                List.of("import.problem.capacity"));
    }

    @Test
    void a_list_without_the_required_columns_or_of_another_type_is_refused_as_a_whole() {
        long seminar = seminar(30);

        Preview noIin = as("trainer", () -> imports.preview(seminar, "list.csv",
                csv(',', List.of(List.of("Full name", "Region"), List.of("A B", "astana"))), Language.EN));
        Preview word = as("trainer", () -> imports.preview(seminar, "list.docx", new byte[] {1, 2, 3}, Language.EN));

        assertThat(noIin.fileProblems()).containsExactly(Problem.of("import.file.columns-missing", "iin"));
        assertThat(word.fileProblems()).extracting(Problem::key).containsExactly("import.file.type");
    }

    @Test
    void sign_in_slips_hold_every_name_user_name_and_temporary_password() throws Exception {
        long seminar = seminar(30);
        byte[] list = csv(',', List.of(HEADER, row("Әбдіғалиева Гүлжаһан", newIin(), "astana", "", "", "", ""),
                row("Ұзақов Іңкәр", newIin(), "astana", "", "", "", "")));
        Result result = as("trainer", () -> imports.save(seminar, "list.csv", list, Language.KK));

        byte[] pdf = as("trainer", () -> imports.slipsPdf(seminar, result.slips(), "https://kelisim.example.kz/",
                Language.KK));

        String text = PdfText.of(pdf);
        for (Slip slip : result.slips()) {
            assertThat(text).contains(slip.fullName(), slip.username(), slip.temporaryPassword());
        }
        assertThat(text).contains("Уақытша құпиясөз");
        assertThat(text.replace("\n", "")).contains("https://kelisim.example.kz/");
    }

    @Test
    void without_a_mail_server_slips_are_only_printed() {
        long seminar = seminar(30);

        assertThat(as("trainer", () -> imports.mailConfigured())).isFalse();
        assertThatThrownBy(() -> as("trainer", () -> imports.emailSlips(seminar,
                List.of(new Slip("Бір Адам", "bir.a", "abcd-efgh-jkmn", "bir@example.kz")), "/", Language.KK)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.mail.not-configured"));
    }

    @Test
    void a_trainee_may_neither_preview_nor_save_nor_print_slips() {
        long seminar = seminar(30);
        byte[] list = csv(',', List.of(HEADER, row("Бір Адам", newIin(), "astana", "", "", "", "")));

        assertThatThrownBy(() -> as("trainee", () -> imports.preview(seminar, "l.csv", list, Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("trainee", () -> imports.save(seminar, "l.csv", list, Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("trainee", () -> imports.slipsPdf(seminar, List.of(), "/", Language.KK)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_trainer_cannot_import_into_a_seminar_they_do_not_run() {
        long seminar = as("staff", () -> seminars.create(details(30)));
        byte[] list = csv(',', List.of(HEADER, row("Бір Адам", newIin(), "astana", "", "", "", "")));

        assertThatThrownBy(() -> as("trainer", () -> imports.save(seminar, "l.csv", list, Language.KK)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("seminar.error.not-found"));
    }

    @Test
    void a_participant_who_joined_without_an_iin_gets_the_lists_details_instead_of_a_second_account() {
        long seminar = seminar(30);
        String name = "Сейітқали Мөлдір " + System.nanoTime() % 100_000;
        long joined = as("trainer", () -> transactions.execute(status -> users.createTrainee(name).id()));
        as("trainer", () -> {
            seminars.addParticipant(seminar, joined);
            return null;
        });
        String iin = newIin();
        byte[] list = csv(';', List.of(HEADER, row(name, iin, "turkistan", "", "маман", "", "")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.csv", list, Language.KK));
        assertThat(preview.count(Standing.ALREADY_PARTICIPANT)).isEqualTo(1);
        Result result = as("trainer", () -> imports.save(seminar, "list.csv", list, Language.KK));

        assertThat(result.accountsCreated()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from seminar_participant where seminar_id = ?", Long.class,
                seminar)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select user_id from participant_profile where iin = ?", Long.class, iin))
                .isEqualTo(joined);
    }

    private long seminar(int capacity) {
        return as("trainer", () -> seminars.create(details(capacity)));
    }

    static SeminarDetails details(int capacity) {
        return new SeminarDetails("Этномедиация негіздері", "Основы этномедиации", null, "Астана, ҚХА үйі", "astana",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), capacity, SeminarStatus.PLANNED, Set.of());
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    private List<String> keys(PreviewRow row) {
        return row.problems().stream().map(Problem::key).toList();
    }

    private long[] counts() {
        return new long[] {count("app_user"), count("participant_profile"), count("seminar_participant"),
                count("organisation")};
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private <T> T as(String username, Callable<T> action) {
        UserDetails user = userDetails.loadUserByUsername(username);
        securityContext.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    void an_iin_of_someone_born_early_in_2000_typed_into_a_number_cell_keeps_its_three_leading_zeros() {
        long seminar = seminar(30);
        String bornInMarch2000 = ParticipantLists.newIinBornOn(LocalDate.of(2000, 3, 7));
        byte[] list = ParticipantLists.xlsx(List.of(List.of("ФИО", "ИИН", "Регион"),
                List.of("Ахметова Дана", "#" + Long.parseLong(bornInMarch2000), "город Астана")));
        assertThat(Long.toString(Long.parseLong(bornInMarch2000))).as("nine digits in the cell").hasSize(9);

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.xlsx", list, Language.RU));

        assertThat(keys(preview.rows().getFirst())).isEmpty();
        assertThat(preview.rows().getFirst().maskedIin()).endsWith(bornInMarch2000.substring(8));
    }

    @Test
    void a_blank_iin_cell_is_a_problem_of_its_row_only() {
        long seminar = seminar(30);
        byte[] list = ParticipantLists.xlsx(List.of(List.of("ФИО", "ИИН", "Регион"),
                java.util.Arrays.asList("Сейітов Нұрлан", null, "город Астана"),
                List.of("Ким Алина", newIin(), "город Астана")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.xlsx", list, Language.KK));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).extracting(PreviewRow::line).containsExactly(2, 3);
        assertThat(keys(preview.rows().get(0))).containsExactly("import.problem.iin-missing");
        assertThat(keys(preview.rows().get(1))).isEmpty();
    }

    @Test
    void a_list_with_a_header_and_no_people_says_so() {
        long seminar = seminar(30);

        Preview csvHeader = as("trainer", () -> imports.preview(seminar, "list.csv", csv(',', List.of(HEADER)),
                Language.KK));
        Preview xlsxHeader = as("trainer", () -> imports.preview(seminar, "list.xlsx",
                ParticipantLists.xlsx(List.of(HEADER)), Language.KK));

        assertThat(csvHeader.fileProblems()).containsExactly(Problem.of("import.file.no-rows"));
        assertThat(xlsxHeader.fileProblems()).containsExactly(Problem.of("import.file.no-rows"));
    }

    @Test
    void a_list_longer_than_the_places_left_says_so_above_the_rows() {
        long seminar = seminar(2);
        byte[] list = csv(',', List.of(HEADER, row("Бір Адам", newIin(), "astana", "", "", "", ""),
                row("Екі Адам", newIin(), "astana", "", "", "", ""), row("Үш Адам", newIin(), "astana", "", "", "", ""),
                row("Төрт Адам", newIin(), "astana", "", "", "", "")));

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.csv", list, Language.KK));

        assertThat(preview.fileProblems()).containsExactly(Problem.of("import.file.over-capacity", 4, 2));
        assertThat(preview.canSave()).isFalse();
    }

    @Test
    void a_spreadsheet_that_unpacks_to_two_hundred_megabytes_is_refused_at_once_and_unread() {
        long seminar = seminar(30);
        byte[] bomb = ParticipantLists.xlsxUnpackingTo(200);
        assertThat(bomb.length).as("the file as uploaded").isLessThan(1024 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                .getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        Preview preview = as("trainer", () -> imports.preview(seminar, "list.xlsx", bomb, Language.KK));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMegabytes = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / (1024 * 1024);
        assertThat(preview.fileProblems()).containsExactly(Problem.of("import.file.unpacks-too-large", 50L));
        assertThat(millis).as("refused within a second").isLessThan(1_000);
        assertThat(allocatedMegabytes).as("memory taken to refuse it").isLessThan(50);
    }
}
