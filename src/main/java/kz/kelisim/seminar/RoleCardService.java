package kz.kelisim.seminar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.course.ActivityType;
import kz.kelisim.course.CourseContent;
import kz.kelisim.course.CourseParticipation;
import kz.kelisim.seminar.ExerciseViews.HandedCard;
import kz.kelisim.seminar.ExerciseViews.RoleCards;
import kz.kelisim.user.UserService;

/**
 * The role cards of a group exercise drawn from a course's group-exercise activity: each member of a
 * group is handed one party's card, round-robin within the group (members in the order they joined
 * the seminar, cards in the activity's order), once, and keeps it. A member reads only their own card's
 * confidential instructions; those who run the seminar read every card and who holds it.
 */
@Service
public class RoleCardService {

    private static final String NOT_FOUND = "exercise.error.not-found";

    private final ExerciseWorkspaceRepository workspaces;
    private final GroupExerciseRepository exercises;
    private final SeminarRepository seminars;
    private final ParticipantRepository participants;
    private final RoleCardHolderRepository holders;
    private final SeminarAccess access;
    private final CourseParticipation courses;
    private final UserService users;
    private final Clock clock;

    RoleCardService(ExerciseWorkspaceRepository workspaces, GroupExerciseRepository exercises,
            SeminarRepository seminars, ParticipantRepository participants, RoleCardHolderRepository holders,
            SeminarAccess access, CourseParticipation courses, UserService users, Clock clock) {
        this.workspaces = workspaces;
        this.exercises = exercises;
        this.seminars = seminars;
        this.participants = participants;
        this.holders = holders;
        this.access = access;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The role cards of the workspace's exercise for the caller, handing out cards to members who
     * have none yet: a member of the group gets their own card only, those who run the seminar every
     * card with its holders; "not found" for anyone else.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RoleCards roleCards(long workspaceId, Language language) {
        // locked: two members opening the workspace at once are handed their cards one after the other
        ExerciseWorkspace workspace = workspaces.lockById(workspaceId).orElseThrow(() -> new NotFound(NOT_FOUND));
        GroupExercise exercise = exercises.findById(workspace.getExerciseId()).orElseThrow();
        Seminar seminar = seminars.findById(exercise.getSeminarId()).orElseThrow();
        long caller = access.caller().accountId();
        boolean manages = access.mayManage(seminar);
        boolean member = participants.findBySeminarIdAndUserId(seminar.getId(), caller)
                .map(Participant::getGroupId).filter(groupId -> groupId == workspace.getGroupId()).isPresent();
        if (!manages && !member) {
            throw new NotFound(NOT_FOUND);
        }
        Optional<CourseContent> content = Optional.ofNullable(exercise.getCourseId()).flatMap(courses::content);
        List<CourseContent.RoleCard> cards = content.flatMap(found -> found.activity(exercise.getActivityId()))
                .filter(activity -> activity.type() == ActivityType.GROUP_EXERCISE)
                .map(CourseContent.Activity::roleCards).orElse(List.of());
        if (cards.isEmpty()) {
            return new RoleCards(List.of(), manages);
        }
        Language shownIn = content.get().languageFor(language);
        Map<Long, String> heldBy = handOut(workspace, cards);
        if (!manages) {
            String mine = heldBy.get(caller);
            return new RoleCards(cards.stream().filter(card -> card.id().equals(mine))
                    .map(card -> handed(card, shownIn, List.of(access.caller().fullName()))).toList(), false);
        }
        Map<Long, String> names = heldBy.isEmpty() ? Map.of() : users.namesOfColleagues(heldBy.keySet());
        return new RoleCards(cards.stream().map(card -> handed(card, shownIn, heldBy.entrySet().stream()
                .filter(holder -> holder.getValue().equals(card.id()))
                .map(holder -> names.getOrDefault(holder.getKey(), "")).sorted().toList())).toList(), true);
    }

    /**
     * Makes sure every current member of the workspace's group holds a card of the activity and
     * returns who holds which (current members only). A newcomer gets the card fewest members
     * hold, the first in the activity's order among equals; that is round-robin from the start.
     */
    private Map<Long, String> handOut(ExerciseWorkspace workspace, List<CourseContent.RoleCard> cards) {
        Set<String> cardIds = cards.stream().map(CourseContent.RoleCard::id).collect(Collectors.toSet());
        List<Participant> members = participants.findByGroupId(workspace.getGroupId()).stream()
                .sorted(Comparator.comparing(Participant::getJoinedAt).thenComparingLong(Participant::getUserId))
                .toList();
        Map<Long, RoleCardHolder> held = new HashMap<>();
        holders.findByWorkspaceId(workspace.getId()).forEach(holder -> held.put(holder.getUserId(), holder));
        Map<Long, String> heldBy = new LinkedHashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Participant member : members) {
            RoleCardHolder holder = held.get(member.getUserId());
            if (holder != null && cardIds.contains(holder.getCardId())) {
                heldBy.put(member.getUserId(), holder.getCardId());
                count.merge(holder.getCardId(), 1, Integer::sum);
            }
        }
        List<String> order = cards.stream().map(CourseContent.RoleCard::id).toList();
        for (Participant member : members) {
            if (heldBy.containsKey(member.getUserId())) {
                continue;
            }
            String next = order.stream().min(Comparator.comparingInt(id -> count.getOrDefault(id, 0))).orElseThrow();
            RoleCardHolder holder = held.get(member.getUserId());
            if (holder == null) {
                holders.save(new RoleCardHolder(workspace.getId(), member.getUserId(), next, clock.instant()));
            } else {
                holder.handOver(next, clock.instant());
            }
            heldBy.put(member.getUserId(), next);
            count.merge(next, 1, Integer::sum);
        }
        return heldBy;
    }

    private static HandedCard handed(CourseContent.RoleCard card, Language shownIn, List<String> holders) {
        return new HandedCard(card.id(), card.title().in(shownIn), CaseText.html(card.body().in(shownIn)),
                new ArrayList<>(holders));
    }
}
