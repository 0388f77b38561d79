package kz.kelisim.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.seminar.ExerciseViews.Criterion;
import kz.kelisim.seminar.ExerciseViews.ExerciseDetails;
import kz.kelisim.seminar.ExerciseViews.Level;
import kz.kelisim.seminar.ExerciseViews.Rubric;

/**
 * Seminars with groups for group-exercise tests. Groups and memberships are written straight
 * through the repositories (group building has its own screens); seminars and exercises go
 * through the services, as whoever is signed in.
 */
public final class ExerciseFixture {

    /** Two criteria: analysis 0/2/4 points, plan 0/3/6: at most 10. */
    public static final Rubric RUBRIC = new Rubric(List.of(
            new Criterion("Талдау", List.of(new Level("Әлсіз", 0), new Level("Жеткілікті", 2), new Level("Терең", 4))),
            new Criterion("Жоспар", List.of(new Level("Жоқ", 0), new Level("Ішінара", 3), new Level("Толық", 6)))));

    private final SeminarService seminars;
    private final GroupExerciseService exercises;
    private final SeminarGroupRepository groups;
    private final ParticipantRepository participants;
    private final UserDetailsService users;

    public ExerciseFixture(ApplicationContext context) {
        this.seminars = context.getBean(SeminarService.class);
        this.exercises = context.getBean(GroupExerciseService.class);
        this.groups = context.getBean(SeminarGroupRepository.class);
        this.participants = context.getBean(ParticipantRepository.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** A seminar created by the signed-in person (a trainer who creates one runs it). */
    public long seminar() {
        LocalDate today = LocalDate.now();
        return seminars.create(new SeminarDetails("Топтық жаттығу семинары", "Семинар групповых упражнений", null,
                "Астана, Мәңгілік Ел 8", "astana", today, today.plusDays(3), 40, SeminarStatus.PLANNED, Set.of()));
    }

    /** A group of the seminar with these people in it (added to the seminar if they are not yet). */
    public long group(long seminarId, String name, String... usernames) {
        long groupId = groups.save(new SeminarGroup(seminarId, name)).getId();
        for (String username : usernames) {
            long userId = userId(username);
            Participant participant = participants.findBySeminarIdAndUserId(seminarId, userId)
                    .orElseGet(() -> new Participant(seminarId, userId, Instant.now()));
            participant.setGroupId(groupId);
            participants.save(participant);
        }
        return groupId;
    }

    public long userId(String username) {
        return ((KelisimPrincipal) users.loadUserByUsername(username)).accountId();
    }

    /** An exercise with a written case and {@link #RUBRIC}, due in {@code days} days, by the signed-in trainer. */
    public long exercise(long seminarId, String title, int days) {
        return exercises.create(seminarId, new ExerciseDetails(title,
                "**Ауылдағы су** дауы: екі көршілес ауыл арық суын бөле алмай отыр.", null, null,
                Instant.now().plus(java.time.Duration.ofDays(days)), RUBRIC));
    }
}
