package kz.kelisim.seminar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.quiz.AttemptService;
import kz.kelisim.quiz.QuizReportService;
import kz.kelisim.quiz.QuizReports.TraineeGain;
import kz.kelisim.quiz.QuizSettings;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.GradebookViews.Gradebook;
import kz.kelisim.seminar.GradebookViews.GradebookRow;
import kz.kelisim.seminar.SeminarViews.Choice;

/**
 * A seminar's gradebook: each participant's pre-test, final test, group exercises and attendance, in
 * percent, for those who run the seminar; a participant sees their own line. The IIN appears only
 * when staff or an administrator ask for it (for an export to an official register).
 */
@Service
@Transactional(readOnly = true)
public class GradebookService {


    private final SeminarAccess access;
    private final ParticipantRepository participants;
    private final ParticipantProfileRepository profiles;
    private final SeminarGroupRepository groups;
    private final RegionRepository regions;
    private final AttendanceService attendance;
    private final ExerciseResults exercises;
    private final QuizReportService quizReports;
    private final AttemptService attempts;

    GradebookService(SeminarAccess access, ParticipantRepository participants, ParticipantProfileRepository profiles,
            SeminarGroupRepository groups, RegionRepository regions, AttendanceService attendance,
            ExerciseResults exercises, QuizReportService quizReports, AttemptService attempts) {
        this.access = access;
        this.participants = participants;
        this.profiles = profiles;
        this.groups = groups;
        this.regions = regions;
        this.attendance = attendance;
        this.exercises = exercises;
        this.quizReports = quizReports;
        this.attempts = attempts;
    }

    /**
     * The whole gradebook, by name.
     *
     * @param withIin the IIN in full, for staff and administrators only
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public Gradebook gradebook(long seminarId, Language language, boolean withIin) {
        Seminar seminar = access.manageable(seminarId);
        KelisimPrincipal caller = access.caller();
        if (withIin && !SeminarAccess.seesEverything(caller)) {
            throw new RuleViolation("gradebook.error.iin-staff-only");
        }
        Map<Long, List<Double>> pre = new HashMap<>();
        Map<Long, List<Double>> fin = new HashMap<>();
        for (String courseId : seminar.getCourseIds()) {
            for (TraineeGain gain : quizReports.gains(courseId, language).trainees()) {
                gain.prePercent().ifPresent(value -> pre.computeIfAbsent(gain.traineeId(), id -> new ArrayList<>())
                        .add(value));
                gain.finalPercent().ifPresent(value -> fin.computeIfAbsent(gain.traineeId(), id -> new ArrayList<>())
                        .add(value));
            }
        }
        Map<Long, Integer> attended = attendance.sheet(seminarId, language).rows().stream()
                .filter(row -> row.percent() != null)
                .collect(Collectors.toMap(AttendanceRow::userId, AttendanceRow::percent));
        Map<Long, Double> exercisePercents = exercises.percentByPerson(seminarId);
        return build(seminar, participants.findBySeminarId(seminarId), language, withIin,
                userId -> mean(pre.get(userId)), userId -> mean(fin.get(userId)), exercisePercents::get,
                attended::get);
    }

    /** The caller's own line, as a participant of the seminar. */
    @PreAuthorize("isAuthenticated()")
    public Gradebook myGrades(long seminarId, Language language) {
        Seminar seminar = access.visible(seminarId);
        long me = access.caller().accountId();
        List<Participant> mine = participants.findBySeminarIdAndUserId(seminarId, me).stream().toList();
        Double pre = mean(seminar.getCourseIds().stream().map(courseId -> attempts.myGrade(courseId,
                QuizSettings.Role.PRE_TEST)).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList());
        Double fin = mean(seminar.getCourseIds().stream().map(courseId -> attempts.myGrade(courseId,
                QuizSettings.Role.FINAL_TEST)).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList());
        Integer attended = attendance.myAttendance(seminarId, language).rows().stream().map(AttendanceRow::percent)
                .filter(Objects::nonNull).findFirst().orElse(null);
        Double exercise = exercises.percentByPerson(seminarId).get(me);
        return build(seminar, mine, language, false, userId -> pre, userId -> fin, userId -> exercise,
                userId -> attended);
    }

    private Gradebook build(Seminar seminar, List<Participant> people, Language language, boolean withIin,
            Function<Long, Double> pre, Function<Long, Double> fin, Function<Long, Double> exercise,
            Function<Long, Integer> attended) {
        Set<Long> userIds = people.stream().map(Participant::getUserId).collect(Collectors.toSet());
        Map<Long, String> names = userIds.isEmpty() ? Map.of() : access.names(userIds);
        Map<Long, ParticipantProfile> byUser = profiles.findByUserIdIn(userIds).stream()
                .collect(Collectors.toMap(ParticipantProfile::getUserId, Function.identity()));
        Map<Long, String> groupNames = groups.findBySeminarIdOrderById(seminar.getId()).stream()
                .collect(Collectors.toMap(SeminarGroup::getId, group -> group.name(language)));
        Map<String, String> regionNames = regions.findAll().stream()
                .collect(Collectors.toMap(Region::getId, region -> region.name(language)));
        List<GradebookRow> rows = people.stream().map(person -> {
            long userId = person.getUserId();
            ParticipantProfile profile = byUser.get(userId);
            String regionId = profile == null ? null : profile.getRegionId();
            return new GradebookRow(userId, names.getOrDefault(userId, ""),
                    withIin && profile != null ? profile.getIin() : null, person.getGroupId(),
                    groupNames.get(person.getGroupId()), regionId, regionId == null ? null : regionNames.get(regionId),
                    pre.apply(userId), fin.apply(userId), exercise.apply(userId), attended.apply(userId));
        }).sorted(Comparator.comparing(GradebookRow::fullName)).toList();
        List<Choice> groupChoices = groupNames.entrySet().stream()
                .map(group -> new Choice(String.valueOf(group.getKey()), group.getValue()))
                .sorted(Comparator.comparing(Choice::name)).toList();
        List<Choice> regionChoices = rows.stream().map(GradebookRow::regionId).filter(Objects::nonNull).distinct()
                .map(id -> new Choice(id, regionNames.get(id))).sorted(Comparator.comparing(Choice::name)).toList();
        return new Gradebook(seminar.getId(), seminar.title(language), groupChoices, regionChoices, rows);
    }

    private static Double mean(List<Double> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
