package kz.kelisim;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import kz.kelisim.base.pdf.PdfText;
import kz.kelisim.certificate.CertificateFixture;
import kz.kelisim.certificate.CertificateViews.CertificateSummary;
import kz.kelisim.certificate.CertificateViews.TrainingChoice;
import kz.kelisim.certificate.ui.CertificateTemplateView;
import kz.kelisim.certificate.ui.CertificatesView;
import kz.kelisim.certificate.ui.MyCertificatesView;
import kz.kelisim.quiz.ui.QuestionBankView;
import kz.kelisim.seminar.ExerciseFixture;
import kz.kelisim.seminar.GroupExerciseService;
import kz.kelisim.seminar.ParticipantLists;
import kz.kelisim.seminar.SeminarService;
import kz.kelisim.seminar.SessionDetails;
import kz.kelisim.seminar.SessionKind;
import kz.kelisim.seminar.ui.SeminarView;
import kz.kelisim.seminar.ui.WorkspaceView;

/**
 * Every download in Kelisim, pressed as a person would and answered as the browser's request is:
 * outside the UI that made the link (no current UI, session not locked), so a download that reaches
 * for {@code UI.getCurrent()} fails here as it failed for staff. The test also counts the places in
 * the code that make a download and fails when one was not reached, so a new download cannot slip
 * past it.
 */
class EveryDownloadTest extends UiTest {

    /** A name that, echoed into Content-Disposition unencoded, makes the browser save "report.hta". */
    private static final String CRAFTED_NAME = "report.png\"; filename*=UTF-8''report.hta; x=\".png";

    private static final Pattern MAKES_A_DOWNLOAD = Pattern.compile("DownloadHandler\\.from\\w+\\(");

    private final Map<String, Downloads.Response> files = new LinkedHashMap<>();
    private final Map<String, Set<Class<?>>> reached = new HashMap<>();

    @Test
    void every_download_in_the_application_gives_its_file_outside_the_ui_that_made_the_link() throws Exception {
        String title = "Жүктеулер " + java.util.UUID.randomUUID();
        CertificateSummary certificate = CertificateFixture.issue(context, "trainee4", title);
        ExerciseFixture fixture = new ExerciseFixture(context);
        signInAs("trainer");
        long seminar = fixture.seminar();
        fixture.group(seminar, "Бірлік", "trainee", "trainee2");
        SeminarService seminars = context.getBean(SeminarService.class);
        seminars.addSession(seminar, new SessionDetails(LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.LECTURE, "Кіріспе", 3, "1", null));
        long exercise = fixture.exercise(seminar, "Жүктелетін файл", 2);
        GroupExerciseService exercises = context.getBean(GroupExerciseService.class);
        exercises.assign(exercise, List.of(fixture.group(seminar, "Келісім", "trainee3")));
        signInAs("trainee3");
        long workspace = exercises.myWorkspace(exercise);
        exercises.attach(workspace, "карта.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        exercises.attach(workspace, CRAFTED_NAME, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});

        signInAs("staff");
        UI.getCurrent().navigate(CertificatesView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("registry-title")), title);
        @SuppressWarnings("unchecked")
        Grid<CertificateSummary> registry = _get(Grid.class, spec -> spec.withId("certificates-grid"));
        registry.select(_get(registry, 0));
        collect();
        _click(_get(Button.class, spec -> spec.withId("certificates-issue")));
        @SuppressWarnings("unchecked")
        ComboBox<TrainingChoice> training = _get(ComboBox.class, spec -> spec.withId("issue-training"));
        _setValue(training, ComboBoxKt.getSuggestionItems(training).stream()
                .filter(choice -> choice.id().equals(String.valueOf(seminar))).findFirst().orElseThrow());
        collect();

        UI.getCurrent().navigate(CertificateTemplateView.class);
        collect();

        UI.getCurrent().navigate(SeminarView.class, SeminarView.parameters(seminar));
        for (String tab : List.of("attendance", "gradebook")) {
            _get(TabSheet.class, spec -> spec.withId("seminar-tabs"))
                    .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-seminar-tab-" + tab)));
            collect();
        }
        _get(TabSheet.class, spec -> spec.withId("seminar-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-seminar-tab-participants")));
        _click(_get(Button.class, spec -> spec.withId("participants-import")));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "тізім.csv",
                ParticipantLists.csv(',', List.of(List.of("Full name", "IIN", "Region", "Organisation"),
                        List.of("Тоқтарова Айжан", ParticipantLists.newIin(), "Ақтөбе облысы", ""))));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        collect();

        signInAs("trainee4");
        UI.getCurrent().navigate(MyCertificatesView.class);
        collect();

        signInAs("trainee3");
        UI.getCurrent().navigate(WorkspaceView.class, WorkspaceView.parameters(seminar, exercise, null));
        collect();

        signInAs("trainer");
        UI.getCurrent().navigate("courses/ethnomediation/lessons/mediation-agreement");
        collect();

        signInAs("admin");
        UI.getCurrent().navigate(QuestionBankView.class, QuestionBankView.parameters("sample-ethnomediation"));
        _click(_get(Button.class, spec -> spec.withId("bank-export")));
        collect();
        UI.getCurrent().navigate(kz.kelisim.people.ui.PersonView.class,
                context.getBean(kz.kelisim.security.RunAs.class).idOf("trainee4"));
        collect();

        assertThat(files.keySet()).contains("certificates-export", "registry-download", "issue-merged-pdf",
                "issue-zip", "template-preview", "template-preview-pdf", "certificate-download-" + certificate.id(),
                "attendance-pdf", "gradebook-csv", "gradebook-xlsx", "gradebook-xlsx-iin", "import-slips", "карта.pdf",
                "bank-export-download", "form-pdf-agreement-form-kk", "form-pdf-agreement-form-ru",
                "form-pdf-agreement-form-en");
        files.forEach((name, file) -> {
            assertThat(file.status()).as("status of %s", name).isEqualTo(200);
            assertThat(file.body()).as("content of %s", name).isNotEmpty();
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                files.get("certificates-export").body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Нөмірі");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(certificate.number());
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Анна Шмидт");
        }
        assertThat(PdfText.pages(files.get("registry-download").body())).isEqualTo(1);
        assertThat(files.get("certificate-download-" + certificate.id()).body())
                .isEqualTo(files.get("registry-download").body());
        assertThat(PdfText.of(files.get("attendance-pdf").body())).contains("Топтық жаттығу семинары");
        assertThat(PdfText.of(files.get("form-pdf-agreement-form-kk").body()))
                .contains("Медиация қорытындысы бойынша келісім");
        assertThat(PdfText.of(files.get("form-pdf-agreement-form-ru").body())).contains("Соглашение по итогам медиации");
        assertThat(files.get("form-pdf-agreement-form-en").contentDisposition()).contains("mediation-agreement.en.pdf");
        assertThat(ImageIO.read(new ByteArrayInputStream(files.get("template-preview").body())).getWidth())
                .isEqualTo(1400);
        assertThat(new String(files.get("gradebook-csv").body(), StandardCharsets.UTF_8)).contains("Жақсылықова");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.get("issue-zip").body()))) {
            assertThat(zip.getNextEntry()).as("the seminar has no certificates yet").isNull();
        }
        assertThat(new String(files.get("bank-export-download").body(), StandardCharsets.UTF_8)).contains("::");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(files.get("person-export").body()))) {
            assertThat(zip.getNextEntry().getName()).as("the personal-data export opens with its README")
                    .isEqualTo("README.txt");
        }
        assertThat(files.get("карта.pdf").contentDisposition()).as("a Kazakh name arrives as it was (RFC 5987)")
                .contains("filename*=UTF-8''%D0%BA%D0%B0%D1%80%D1%82%D0%B0.pdf");
        String crafted = files.keySet().stream().filter(name -> name.startsWith("report.png")).findFirst().orElseThrow();
        assertThat(crafted).as("the name kept for a crafted upload").doesNotContain("\"", ";", "*", "'");
        assertThat(ContentDisposition.parse(files.get(crafted).contentDisposition()).getFilename())
                .as("the name the browser saves the file under").endsWith(".png").doesNotContain(".hta\"");
        assertThat(files.get(crafted).nosniff()).isEqualTo("nosniff");

        assertEveryPlaceThatMakesADownloadWasReached();
    }

    /** Fetches every download on the screen now, each outside the UI, and notes the code that made it. */
    private void collect() {
        for (Downloads.Found download : Downloads.onScreen()) {
            files.put(download.name(), Downloads.fetch(download));
            Class<?> lambda = download.definedIn();
            String owner = lambda.getName().replaceAll("\\$\\$Lambda.*", "").replaceAll("\\$.*", "");
            reached.computeIfAbsent(owner, key -> new java.util.HashSet<>()).add(lambda);
        }
    }

    private void assertEveryPlaceThatMakesADownloadWasReached() throws IOException {
        Map<String, Integer> places = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = MAKES_A_DOWNLOAD.matcher(Files.readString(file));
                int count = 0;
                while (matcher.find()) {
                    count++;
                }
                if (count > 0) {
                    String name = Path.of("src/main/java").relativize(file).toString().replace('/', '.')
                            .replaceAll("\\.java$", "");
                    places.put(name, count);
                }
            }
        }
        assertThat(places).isNotEmpty();
        places.forEach((className, count) -> assertThat(reached.getOrDefault(className, Set.of()))
                .as("downloads made in %s that this test reached", className).hasSize(count));
    }
}
