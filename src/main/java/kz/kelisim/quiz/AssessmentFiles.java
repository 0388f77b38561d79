package kz.kelisim.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kz.kelisim.course.ActivityType;
import kz.kelisim.course.ContentProblem;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseFolderPart;
import kz.kelisim.course.TextFiles;
import kz.kelisim.course.YamlSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's assessments as part of its folder: the question bank ({@code questions/<category>.yaml})
 * and the settings of each quiz activity ({@code quizzes/<quiz-id>.yaml}), checked with the course
 * and against each other, and stored in the course's transaction.
 */
@Component
class AssessmentFiles implements CourseFolderPart<CourseAssessments> {

    static final String QUESTIONS = "questions";
    static final String QUIZZES = "quizzes";
    private static final String SUFFIX = ".yaml";

    private final CourseAssessmentRepository assessments;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    AssessmentFiles(CourseAssessmentRepository assessments, ApplicationEventPublisher events, JsonMapper json,
            Clock clock) {
        this.assessments = assessments;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public CourseAssessments read(Path courseFolder, String folderName, CourseContent content,
            List<ContentProblem> problems) {
        List<Question> questions = questions(courseFolder, folderName, content, problems);
        return new CourseAssessments(questions, quizzes(courseFolder, folderName, content, questions, problems));
    }

    @Override
    public void store(String courseId, CourseAssessments read) {
        CourseAssessment stored = assessments.findById(courseId).orElseGet(() -> new CourseAssessment(courseId));
        if (stored.getQuestionsJson() != null) {
            List<Question> corrected = AttemptRegrading.corrections(CourseAssessmentService.questionsOf(json, stored),
                    read.questions());
            if (!corrected.isEmpty()) {
                // attempts are regraded once the course is committed, each under its own lock
                events.publishEvent(new BankCorrected(courseId, corrected));
            }
        }
        stored.replace(json.writeValueAsString(read.questions()), json.writeValueAsString(read.quizzes()),
                clock.instant());
        assessments.save(stored);
    }

    private List<Question> questions(Path courseFolder, String folderName, CourseContent content,
            List<ContentProblem> problems) {
        Path folder = courseFolder.resolve(QUESTIONS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Path file : files(folder)) {
            String name = file.getFileName().toString();
            String reported = folderName + "/" + QUESTIONS + "/" + name;
            if (!name.endsWith(SUFFIX) || Files.isDirectory(file)) {
                problems.add(new ContentProblem(reported, 0, "question-file-name", List.of(name)));
                continue;
            }
            String category = name.substring(0, name.length() - SUFFIX.length());
            if (!YamlSource.ID.matcher(category).matches()) {
                problems.add(new ContentProblem(reported, 0, "id-invalid", List.of(category)));
                continue;
            }
            String yaml = TextFiles.readUtf8(file, reported, problems);
            if (yaml != null) {
                questions.addAll(new QuestionBankReader(reported, category, content.languages(), ids, problems)
                        .read(yaml));
            }
        }
        return List.copyOf(questions);
    }

    /** One settings file per quiz activity of the course, and none for anything else. */
    private List<QuizSettings> quizzes(Path courseFolder, String folderName, CourseContent content,
            List<Question> questions, List<ContentProblem> problems) {
        Path folder = courseFolder.resolve(QUIZZES);
        List<String> quizIds = content.lessons().stream().flatMap(lesson -> lesson.activities().stream())
                .filter(activity -> activity.type() == ActivityType.QUIZ).map(CourseContent.Activity::id).toList();
        Map<String, Long> perCategory = questions.stream()
                .collect(Collectors.groupingBy(Question::category, TreeMap::new, Collectors.counting()));
        if (Files.isDirectory(folder)) {
            for (Path file : files(folder)) {
                String name = file.getFileName().toString();
                String id = name.endsWith(SUFFIX) && Files.isRegularFile(file) ? name.substring(0, name.length() - SUFFIX.length()) : name;
                if (!quizIds.contains(id)) {
                    problems.add(new ContentProblem(folderName + "/" + QUIZZES + "/" + name, 0, "quiz-unknown",
                            List.of(id, String.join(", ", quizIds))));
                }
            }
        }
        List<QuizSettings> quizzes = new ArrayList<>();
        Map<QuizSettings.Role, String> roles = new EnumMap<>(QuizSettings.Role.class);
        for (String quizId : quizIds) {
            Path file = folder.resolve(quizId + SUFFIX);
            String reported = folderName + "/" + QUIZZES + "/" + quizId + SUFFIX;
            if (!Files.isRegularFile(file)) {
                problems.add(new ContentProblem(reported, 0, "quiz-settings-missing", List.of(quizId)));
                continue;
            }
            String yaml = TextFiles.readUtf8(file, reported, problems);
            QuizSettings settings = yaml == null ? null
                    : new QuizSettingsReader(reported, quizId, perCategory, problems).read(yaml);
            if (settings == null) {
                continue;
            }
            if (settings.role() != QuizSettings.Role.NONE) {
                String other = roles.putIfAbsent(settings.role(), quizId);
                if (other != null) {
                    problems.add(new ContentProblem(reported, 0, "role-repeated",
                            List.of(QuizSettingsReader.codeOf(settings.role()), other)));
                }
            }
            quizzes.add(settings);
        }
        return List.copyOf(quizzes);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            // hidden files (.gitkeep, .DS_Store) are the tools', not the authors'
            return entries.filter(entry -> !entry.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
