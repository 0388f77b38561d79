package kz.kelisim.seminar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.AttendanceViews.AttendanceRow;
import kz.kelisim.seminar.AttendanceViews.AttendanceSheet;
import kz.kelisim.seminar.AttendanceViews.SessionColumn;
import kz.kelisim.user.UserService;

/**
 * Attendance: the trainer marks each participant present, late, excused or absent per session (or
 * everyone present at once); each participant's hours attended and percentage follow.
 * <p>
 * The arithmetic: a session counts once held (it has ended, in the academy's time), for every
 * participant, whenever they were added to Kelisim (lists are often imported after the seminar).
 * Present and late earn the session's academic hours. The percentage is hours attended over hours
 * held, leaving out the sessions the person was excused from; a held session without a mark counts as
 * missed, and the sheet says which held sessions still have people not marked.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {


    private final SeminarSessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final ParticipantRepository participants;
    private final SeminarGroupRepository groups;
    private final SeminarAccess access;
    private final UserService users;
    private final Clock clock;

    AttendanceService(SeminarSessionRepository sessions, AttendanceMarkRepository marks,
            ParticipantRepository participants, SeminarGroupRepository groups, SeminarAccess access, UserService users,
            Clock clock) {
        this.sessions = sessions;
        this.marks = marks;
        this.participants = participants;
        this.groups = groups;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** The whole sheet: sessions by time, participants by name, with marks, hours and percentages. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public AttendanceSheet sheet(long seminarId, Language language) {
        Seminar seminar = access.manageable(seminarId);
        List<Participant> people = participants.findBySeminarId(seminarId);
        return sheet(seminar, people, language);
    }

    /** The sheet as a PDF to print: A4 landscape, in the reader's language. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public byte[] sheetPdf(long seminarId, Language language) {
        return AttendancePdf.render(sheet(seminarId, language), language);
    }

    /** The caller's own line of the sheet, with the sessions. */
    @PreAuthorize("isAuthenticated()")
    public AttendanceSheet myAttendance(long seminarId, Language language) {
        Seminar seminar = access.visible(seminarId);
        long me = access.caller().accountId();
        return sheet(seminar, participants.findBySeminarIdAndUserId(seminarId, me).stream().toList(), language);
    }

    /** Marks one participant at one session; {@code status} null clears the mark. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void mark(long sessionId, long userId, AttendanceStatus status) {
        SeminarSession session = managedSession(sessionId);
        if (participants.findBySeminarIdAndUserId(session.getSeminarId(), userId).isEmpty()) {
            throw new RuleViolation("attendance.error.not-a-participant");
        }
        AttendanceMark.Key key = new AttendanceMark.Key(sessionId, userId);
        if (status == null) {
            marks.deleteById(key);
            return;
        }
        AttendanceMark mark = marks.findById(key).orElseGet(() -> new AttendanceMark(sessionId, userId));
        mark.mark(status, access.caller().accountId(), clock.instant());
        marks.save(mark);
    }

    /**
     * Marks present everyone not marked yet at the session: the trainer marks the few who were late,
     * excused or absent, then everyone else in one click; marks already made stay.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void everyonePresent(long sessionId) {
        SeminarSession session = managedSession(sessionId);
        long trainer = access.caller().accountId();
        for (Participant participant : participants.findBySeminarId(session.getSeminarId())) {
            AttendanceMark.Key key = new AttendanceMark.Key(sessionId, participant.getUserId());
            if (marks.findById(key).isEmpty()) {
                AttendanceMark mark = new AttendanceMark(sessionId, participant.getUserId());
                mark.mark(AttendanceStatus.PRESENT, trainer, clock.instant());
                marks.save(mark);
            }
        }
    }

    private SeminarSession managedSession(long sessionId) {
        SeminarSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
        access.manageable(session.getSeminarId());
        return session;
    }

    private AttendanceSheet sheet(Seminar seminar, List<Participant> people, Language language) {
        java.time.LocalDateTime now = AcademyTime.local(clock.instant());
        List<SeminarSession> schedule = sessions.findBySeminarIdOrderByDateAscStartsAtAsc(seminar.getId());
        List<SessionColumn> columns = schedule.stream().map(session -> new SessionColumn(session.getId(),
                session.getDate(), session.details().startsAt(), session.details().title(language), session.getAcademicHours(),
                !session.getDate().atTime(session.details().endsAt()).isAfter(now), 0)).toList();
        Map<Long, Map<Long, AttendanceStatus>> byUser = new HashMap<>();
        if (!schedule.isEmpty()) {
            marks.findBySessionIdIn(schedule.stream().map(SeminarSession::getId).toList()).forEach(mark -> byUser
                    .computeIfAbsent(mark.getUserId(), id -> new HashMap<>()).put(mark.getSessionId(), mark.getStatus()));
        }
        Set<Long> userIds = people.stream().map(Participant::getUserId).collect(Collectors.toSet());
        columns = columns.stream().map(column -> column.withUnmarked(!column.held() ? 0 : (int) userIds.stream()
                .filter(id -> !byUser.getOrDefault(id, Map.of()).containsKey(column.id())).count())).toList();
        Map<Long, String> names = userIds.isEmpty() ? Map.of() : users.namesOfColleagues(userIds);
        Map<Long, String> groupNames = groups.findBySeminarIdOrderById(seminar.getId()).stream()
                .collect(Collectors.toMap(SeminarGroup::getId, group -> group.name(language)));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Participant participant : people) {
            Map<Long, AttendanceStatus> mine = byUser.getOrDefault(participant.getUserId(), Map.of());
            Tally tally = tally(columns, mine);
            rows.add(new AttendanceRow(participant.getUserId(), names.getOrDefault(participant.getUserId(), ""),
                    groupNames.get(participant.getGroupId()), Map.copyOf(mine), tally.attended(), tally.percent()));
        }
        rows.sort(Comparator.comparing(AttendanceRow::fullName));
        return new AttendanceSheet(seminar.getId(), seminar.title(language), columns, rows);
    }

    /** Hours attended and the percentage, by the rules in the class comment. */
    static Tally tally(List<SessionColumn> sessions, Map<Long, AttendanceStatus> marks) {
        int attended = 0;
        int counted = 0;
        for (SessionColumn session : sessions) {
            if (!session.held()) {
                continue;
            }
            AttendanceStatus status = marks.get(session.id());
            if (status == AttendanceStatus.EXCUSED) {
                continue;
            }
            counted += session.academicHours();
            if (status != null && status.attended()) {
                attended += session.academicHours();
            }
        }
        return new Tally(attended, counted == 0 ? null : (int) Math.round(100.0 * attended / counted));
    }

    record Tally(int attended, Integer percent) {
    }
}
