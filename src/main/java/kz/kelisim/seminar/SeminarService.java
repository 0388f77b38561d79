package kz.kelisim.seminar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.AcademyTime;
import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.course.CourseCatalogue;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.course.CourseSearch;
import kz.kelisim.course.SeminarProgramme;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.SeminarViews.Choice;
import kz.kelisim.seminar.SeminarViews.ParticipantRow;
import kz.kelisim.seminar.SeminarViews.Person;
import kz.kelisim.seminar.SeminarViews.ProgrammeChoice;
import kz.kelisim.seminar.SeminarViews.SeminarAgenda;
import kz.kelisim.seminar.SeminarViews.SeminarCard;
import kz.kelisim.seminar.SeminarViews.SeminarPage;
import kz.kelisim.seminar.SeminarViews.SessionView;
import kz.kelisim.user.UserService;

/**
 * Seminar-trainings: creating and describing them, their schedule of sessions, their trainers and
 * participants, and joining one with its enrolment key. Trainers manage the seminars they run,
 * staff and administrators every seminar; a participant sees their own seminar's page.
 */
@Service
@Transactional(readOnly = true)
public class SeminarService {

    private static final char[] KEY_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SeminarRepository seminars;
    private final SeminarSessionRepository sessions;
    private final ParticipantRepository participants;
    private final SeminarGroupRepository groups;
    private final ParticipantProfileRepository profiles;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final SeminarAccess access;
    private final UserService users;
    private final CourseParticipation courses;
    private final CourseCatalogue catalogue;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SeminarService(SeminarRepository seminars, SeminarSessionRepository sessions, ParticipantRepository participants,
            SeminarGroupRepository groups, ParticipantProfileRepository profiles, RegionRepository regions,
            OrganisationRepository organisations, SeminarAccess access, UserService users, CourseParticipation courses,
            CourseCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.seminars = seminars;
        this.sessions = sessions;
        this.participants = participants;
        this.groups = groups;
        this.profiles = profiles;
        this.regions = regions;
        this.organisations = organisations;
        this.access = access;
        this.users = users;
        this.courses = courses;
        this.clock = clock;
    }

    /** The regions and cities, in their official order, named in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    public List<Choice> regions(Language language) {
        return regions.findAllByOrderBySortOrder().stream()
                .map(region -> new Choice(region.getId(), region.name(language))).toList();
    }

    /** The loaded courses a seminar may be linked to, by title in the reader's language. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<Choice> courseChoices(Language language) {
        return catalogue.search(new CourseSearch("", java.util.Optional.empty(), java.util.Optional.empty()), language,
                org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .map(card -> new Choice(card.id(), card.title())).toList();
    }

    /**
     * The caller's seminars, newest first: every seminar for staff and administrators, those a
     * trainer runs, those a trainee takes part in.
     */
    @PreAuthorize("isAuthenticated()")
    public List<SeminarCard> mySeminars(Language language) {
        KelisimPrincipal caller = access.caller();
        List<Seminar> found;
        if (SeminarAccess.seesEverything(caller)) {
            found = seminars.findAllNewestFirst();
        } else {
            Map<Long, Seminar> mine = new java.util.LinkedHashMap<>();
            if (caller.hasRole(Roles.TRAINER)) {
                seminars.findRunBy(caller.accountId()).forEach(seminar -> mine.put(seminar.getId(), seminar));
            }
            seminars.findAttendedBy(caller.accountId()).forEach(seminar -> mine.putIfAbsent(seminar.getId(), seminar));
            found = new ArrayList<>(mine.values());
            found.sort(Comparator.comparing(Seminar::getStartsOn).reversed());
        }
        Set<Long> trainerIds = found.stream().flatMap(seminar -> seminar.getTrainerIds().stream())
                .collect(Collectors.toSet());
        Map<Long, String> names = trainerIds.isEmpty() ? Map.of() : namesOf(trainerIds);
        Map<String, String> regionNames = regionNames(language);
        return found.stream().map(seminar -> new SeminarCard(seminar.getId(), seminar.title(language),
                seminar.details().venue(language), regionNames.get(seminar.getRegionId()), seminar.getStartsOn(), seminar.getEndsOn(),
                seminar.getStatus(), participants.countBySeminarId(seminar.getId()), seminar.getCapacity(),
                seminar.getTrainerIds().stream().map(names::get).toList(), access.mayManage(seminar))).toList();
    }

    /**
     * The seminars the caller takes part in or runs that have not ended, soonest first, each with
     * today's sessions and the next one (in the academy's time): what the start page shows.
     */
    @PreAuthorize("isAuthenticated()")
    public List<SeminarAgenda> myAgenda(Language language) {
        KelisimPrincipal caller = access.caller();
        java.time.LocalDateTime now = AcademyTime.local(clock.instant());
        Map<Long, Seminar> mine = new java.util.LinkedHashMap<>();
        if (caller.hasRole(Roles.TRAINER)) {
            seminars.findRunBy(caller.accountId()).forEach(seminar -> mine.put(seminar.getId(), seminar));
        }
        seminars.findAttendedBy(caller.accountId()).forEach(seminar -> mine.putIfAbsent(seminar.getId(), seminar));
        List<Seminar> current = mine.values().stream()
                .filter(seminar -> !seminar.getEndsOn().isBefore(now.toLocalDate()))
                .sorted(Comparator.comparing(Seminar::getStartsOn)).toList();
        List<SeminarAgenda> agenda = new ArrayList<>();
        for (Seminar seminar : current) {
            List<SeminarSession> schedule = sessions.findBySeminarIdOrderByDateAscStartsAtAsc(seminar.getId());
            Set<Long> people = schedule.stream().map(session -> session.details().trainerId())
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Map<Long, String> names = namesOf(people);
            List<SessionView> today = schedule.stream().filter(session -> session.getDate().equals(now.toLocalDate()))
                    .map(session -> sessionView(session, names, language)).toList();
            SessionView next = schedule.stream()
                    .filter(session -> session.getDate().atTime(session.details().startsAt()).isAfter(now))
                    .findFirst().map(session -> sessionView(session, names, language)).orElse(null);
            agenda.add(new SeminarAgenda(seminar.getId(), seminar.title(language), seminar.details().venue(language),
                    seminar.getStartsOn(), seminar.getEndsOn(), access.mayManage(seminar), today, next));
        }
        return agenda;
    }

    /** A seminar's page for those who run it or take part in it. */
    @PreAuthorize("isAuthenticated()")
    public SeminarPage seminar(long seminarId, Language language) {
        Seminar seminar = access.visible(seminarId);
        boolean manages = access.mayManage(seminar);
        List<SeminarSession> schedule = sessions.findBySeminarIdOrderByDateAscStartsAtAsc(seminarId);
        Set<Long> people = new HashSet<>(seminar.getTrainerIds());
        schedule.stream().map(session -> session.details().trainerId()).filter(java.util.Objects::nonNull)
                .forEach(people::add);
        Map<Long, String> names = namesOf(people);
        List<Choice> courseChoices = seminar.getCourseIds().stream()
                .map(courseId -> new Choice(courseId, courses.content(courseId)
                        .map(content -> content.title().in(content.languageFor(language))).orElse(courseId)))
                .toList();
        return new SeminarPage(seminarId, seminar.title(language), seminar.details(),
                regionNames(language).get(seminar.getRegionId()),
                seminar.getTrainerIds().stream().map(id -> new Person(id, names.get(id))).toList(), courseChoices,
                manages ? seminar.getEnrolmentKey() : null, participants.countBySeminarId(seminarId),
                schedule.stream().map(session -> sessionView(session, names, language)).toList(), manages);
    }

    /**
     * Creates a seminar; a trainer who creates it runs it.
     *
     * @throws RuleViolation naming the first thing wrong with the details
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public long create(SeminarDetails details) {
        check(details);
        Seminar seminar = new Seminar(clock.instant());
        seminar.describe(details);
        KelisimPrincipal caller = access.caller();
        if (caller.hasRole(Roles.TRAINER)) {
            seminar.getTrainerIds().add(caller.accountId());
        }
        return seminars.save(seminar).getId();
    }

    /** The seminar-training programmes a seminar may be made from, titled in the reader's language. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<ProgrammeChoice> programmes(Language language) {
        return courses.programmes().stream().map(programme -> new ProgrammeChoice(programme.id(),
                programme.title().in(language), programme.title().in(Language.KK), programme.title().in(Language.RU),
                programme.title().texts().get(Language.EN), lastDay(programme), programme.hours(),
                programme.days().stream().mapToInt(day -> day.sessions().size()).sum(),
                Set.copyOf(programme.courses()))).toList();
    }

    /**
     * Creates a seminar from a programme: the programme's courses are linked to it and its sessions
     * (day by day, with their kind, times, academic hours and topic in every language) are its
     * schedule, from {@code details.startsOn()} on. The seminar then owns its copy: changing the
     * programme's file later changes no seminar. A trainer who creates it runs it and every session.
     *
     * @throws RuleViolation for an unknown programme, a seminar shorter than the programme, or
     *         anything {@link #create(SeminarDetails)} refuses
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public long createFromProgramme(String programmeId, SeminarDetails details) {
        SeminarProgramme programme = courses.programme(programmeId)
                .orElseThrow(() -> new RuleViolation("seminar.error.programme-unknown"));
        int days = lastDay(programme);
        if (details.startsOn() != null && details.endsOn() != null
                && details.endsOn().isBefore(details.startsOn().plusDays(days - 1L))) {
            throw new RuleViolation("seminar.error.programme-days", days);
        }
        Set<String> linked = new java.util.TreeSet<>(details.courseIds());
        // a course of the programme no longer loaded is left out rather than refusing the seminar
        programme.courses().stream().filter(courseId -> courses.content(courseId).isPresent()).forEach(linked::add);
        long seminarId = create(new SeminarDetails(details.titleKk(), details.titleRu(), details.titleEn(),
                details.venue(), details.regionId(), details.startsOn(), details.endsOn(), details.capacity(),
                details.status(), linked, details.venueRu(), details.venueEn()));
        Seminar seminar = seminars.findById(seminarId).orElseThrow();
        KelisimPrincipal caller = access.caller();
        Long trainer = caller.hasRole(Roles.TRAINER) ? caller.accountId() : null;
        for (SeminarProgramme.Day day : programme.days()) {
            for (SeminarProgramme.Session planned : day.sessions()) {
                SessionDetails session = new SessionDetails(details.startsOn().plusDays(day.day() - 1L),
                        planned.start(), planned.end(), SessionKind.valueOf(planned.kind().name()),
                        planned.topic().in(Language.KK), planned.hours(), null, trainer,
                        planned.topic().texts().get(Language.RU), planned.topic().texts().get(Language.EN));
                check(seminar, session);
                SeminarSession saved = new SeminarSession(seminarId);
                saved.describe(session);
                sessions.save(saved);
            }
        }
        return seminarId;
    }

    private static int lastDay(SeminarProgramme programme) {
        return programme.days().stream().mapToInt(SeminarProgramme.Day::day).max().orElse(1);
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void update(long seminarId, SeminarDetails details) {
        check(details);
        Seminar seminar = access.manageableLocked(seminarId);
        if (details.capacity() < participants.countBySeminarId(seminarId)) {
            throw new RuleViolation("seminar.error.capacity-below-participants",
                    participants.countBySeminarId(seminarId));
        }
        seminar.describe(details);
    }

    /** Adds a trainer (an account with the trainer role) to the seminar's trainers. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void addTrainer(long seminarId, long trainerId) {
        Seminar seminar = access.manageable(seminarId);
        if (!users.hasRole(trainerId, Roles.TRAINER)) {
            throw new RuleViolation("seminar.error.not-a-trainer");
        }
        seminar.getTrainerIds().add(trainerId);
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void removeTrainer(long seminarId, long trainerId) {
        Seminar seminar = access.manageable(seminarId);
        if (seminar.getTrainerIds().size() == 1 && seminar.getTrainerIds().contains(trainerId)) {
            throw new RuleViolation("seminar.error.last-trainer");
        }
        seminar.getTrainerIds().remove(trainerId);
    }

    /** Adds a session to the schedule; it must fall within the seminar's dates. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public long addSession(long seminarId, SessionDetails details) {
        Seminar seminar = access.manageable(seminarId);
        check(seminar, details);
        SeminarSession session = new SeminarSession(seminarId);
        session.describe(details);
        return sessions.save(session).getId();
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void updateSession(long sessionId, SessionDetails details) {
        SeminarSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
        Seminar seminar = access.manageable(session.getSeminarId());
        check(seminar, details);
        session.describe(details);
    }

    /** Deletes a session with its attendance marks. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void deleteSession(long sessionId) {
        SeminarSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
        access.manageable(session.getSeminarId());
        sessions.delete(session);
    }

    /** The participants, by name, with the IIN masked. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<ParticipantRow> participants(long seminarId, Language language) {
        access.manageable(seminarId);
        List<Participant> people = participants.findBySeminarId(seminarId);
        Map<Long, String> names = namesOf(people.stream().map(Participant::getUserId).collect(Collectors.toSet()));
        Map<Long, ParticipantProfile> byUser = profiles.findByUserIdIn(names.keySet()).stream()
                .collect(Collectors.toMap(ParticipantProfile::getUserId, Function.identity()));
        Map<String, String> regionNames = regionNames(language);
        Map<Long, String> organisationNames = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Map<Long, String> groupNames = groups.findBySeminarIdOrderById(seminarId).stream()
                .collect(Collectors.toMap(SeminarGroup::getId, group -> group.name(language)));
        return people.stream().map(participant -> {
            ParticipantProfile profile = byUser.get(participant.getUserId());
            return new ParticipantRow(participant.getUserId(), names.getOrDefault(participant.getUserId(), ""),
                    profile == null ? "" : Iin.masked(profile.getIin()),
                    profile == null ? "" : regionNames.getOrDefault(profile.getRegionId(), ""),
                    profile == null ? "" : organisationNames.getOrDefault(profile.getOrganisationId(), ""),
                    profile == null || profile.getPosition() == null ? "" : profile.getPosition(),
                    participant.getGroupId(), groupNames.get(participant.getGroupId()));
        }).sorted(Comparator.comparing(ParticipantRow::fullName)).toList();
    }

    /** Adds an existing account to the seminar, within its capacity; adding twice changes nothing. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void addParticipant(long seminarId, long userId) {
        Seminar seminar = access.manageableLocked(seminarId);
        join(seminar, userId);
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void removeParticipant(long seminarId, long userId) {
        access.manageable(seminarId);
        participants.findBySeminarIdAndUserId(seminarId, userId).ifPresent(participants::delete);
    }

    /** A new enrolment key for the seminar (the old one stops working), readable aloud: 8 letters and digits. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public String newEnrolmentKey(long seminarId) {
        Seminar seminar = access.manageable(seminarId);
        String key;
        do {
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                letters.append(KEY_LETTERS[random.nextInt(KEY_LETTERS.length)]);
            }
            key = letters.toString();
        } while (seminars.findByEnrolmentKey(key).isPresent());
        seminar.setEnrolmentKey(key);
        return key;
    }

    /**
     * Joins the seminar whose enrolment key this is (case and spaces do not matter), within its
     * capacity and before it finishes.
     *
     * @return the seminar's id
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long enrolWithKey(String key) {
        String normalised = key == null ? "" : key.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        Seminar found = seminars.findByEnrolmentKey(normalised)
                .orElseThrow(() -> new RuleViolation("seminar.error.key-unknown"));
        Seminar seminar = seminars.lockById(found.getId()).orElseThrow();
        if (seminar.getStatus() == SeminarStatus.FINISHED) {
            throw new RuleViolation("seminar.error.finished");
        }
        join(seminar, access.caller().accountId());
        return seminar.getId();
    }

    private void join(Seminar seminar, long userId) {
        if (participants.findBySeminarIdAndUserId(seminar.getId(), userId).isPresent()) {
            return;
        }
        if (participants.countBySeminarId(seminar.getId()) >= seminar.getCapacity()) {
            throw new RuleViolation("seminar.error.full", seminar.getCapacity());
        }
        participants.save(new Participant(seminar.getId(), userId, clock.instant()));
    }

    private void check(SeminarDetails details) {
        if (blank(details.titleKk()) || blank(details.titleRu())) {
            throw new RuleViolation("seminar.error.title-required");
        }
        if (tooLong(details.titleKk()) || tooLong(details.titleRu()) || tooLong(details.titleEn())
                || tooLong(details.venue())) {
            throw new RuleViolation("seminar.error.too-long", SeminarDetails.MAX_TEXT);
        }
        if (blank(details.venue())) {
            throw new RuleViolation("seminar.error.venue-required");
        }
        if (details.regionId() == null || !regions.existsById(details.regionId())) {
            throw new RuleViolation("seminar.error.region-required");
        }
        if (details.startsOn() == null || details.endsOn() == null || details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("seminar.error.dates");
        }
        if (details.capacity() < 1 || details.capacity() > SeminarDetails.MAX_CAPACITY) {
            throw new RuleViolation("seminar.error.capacity", SeminarDetails.MAX_CAPACITY);
        }
        if (details.status() == null) {
            throw new RuleViolation("seminar.error.status-required");
        }
        for (String courseId : details.courseIds()) {
            if (courses.content(courseId).isEmpty()) {
                throw new RuleViolation("seminar.error.course-unknown", courseId);
            }
        }
    }

    private static void check(Seminar seminar, SessionDetails details) {
        if (details.date() == null || details.startsAt() == null || details.endsAt() == null || details.kind() == null
                || blank(details.title())) {
            throw new RuleViolation("session.error.required");
        }
        if (details.date().isBefore(seminar.getStartsOn()) || details.date().isAfter(seminar.getEndsOn())) {
            throw new RuleViolation("session.error.outside-seminar");
        }
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw new RuleViolation("session.error.times");
        }
        if (details.academicHours() < 1 || details.academicHours() > SessionDetails.MAX_HOURS) {
            throw new RuleViolation("session.error.hours", SessionDetails.MAX_HOURS);
        }
        if (tooLong(details.title()) || details.room() != null && details.room().length() > 100) {
            throw new RuleViolation("seminar.error.too-long", SeminarDetails.MAX_TEXT);
        }
    }

    private SessionView sessionView(SeminarSession session, Map<Long, String> names, Language language) {
        SessionDetails details = session.details();
        return new SessionView(session.getId(), details.date(), details.startsAt(), details.endsAt(), details.kind(),
                details.title(language), details.academicHours(), details.room(), details.trainerId(),
                details.trainerId() == null ? null : names.get(details.trainerId()), details.titleLanguage(language),
                details);
    }

    Map<Long, String> namesOf(Set<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : users.namesOfColleagues(userIds);
    }

    private Map<String, String> regionNames(Language language) {
        return regions.findAll().stream().collect(Collectors.toMap(Region::getId, region -> region.name(language)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > SeminarDetails.MAX_TEXT;
    }
}
