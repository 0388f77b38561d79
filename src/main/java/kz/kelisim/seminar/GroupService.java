package kz.kelisim.seminar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.base.Language;
import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.GroupBalancer.Person;
import kz.kelisim.seminar.GroupViews.GroupView;
import kz.kelisim.seminar.GroupViews.Member;
import kz.kelisim.seminar.GroupViews.MyGroup;
import kz.kelisim.user.UserService;

/**
 * The small groups of a seminar: made by hand or balanced automatically so that each mixes
 * regions and organisations, then renamed, rearranged and given a leader by the trainer. A
 * participant sees their own group's members by name.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

    public static final int MAX_NAME = 100;

    private final SeminarGroupRepository groups;
    private final ParticipantRepository participants;
    private final ParticipantProfileRepository profiles;
    private final RegionRepository regions;
    private final OrganisationRepository organisations;
    private final SeminarAccess access;
    private final UserService users;
    private final ExerciseWorkspaceRepository workspaces;

    GroupService(SeminarGroupRepository groups, ParticipantRepository participants,
            ParticipantProfileRepository profiles, RegionRepository regions, OrganisationRepository organisations,
            SeminarAccess access, UserService users, ExerciseWorkspaceRepository workspaces) {
        this.workspaces = workspaces;
        this.groups = groups;
        this.participants = participants;
        this.profiles = profiles;
        this.regions = regions;
        this.organisations = organisations;
        this.access = access;
        this.users = users;
    }

    /** The groups with their members and balance, then (with id 0) the participants in no group. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public List<GroupView> groups(long seminarId, Language language) {
        access.manageable(seminarId);
        List<Participant> people = participants.findBySeminarId(seminarId);
        Map<Long, Person> persons = persons(people);
        Map<Long, String> names = users.namesOfColleagues(persons.keySet());
        Map<String, String> regionNames = regions.findAll().stream()
                .collect(Collectors.toMap(Region::getId, region -> region.name(language)));
        Map<Long, String> organisationNames = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        List<GroupView> views = new ArrayList<>();
        for (SeminarGroup group : groups.findBySeminarIdOrderById(seminarId)) {
            List<Participant> members = people.stream()
                    .filter(person -> Objects.equals(person.getGroupId(), group.getId())).toList();
            views.add(view(group.getId(), group.name(language), group.getLeaderUserId(), members, persons, names,
                    regionNames, organisationNames));
        }
        List<Participant> unassigned = people.stream().filter(person -> person.getGroupId() == null).toList();
        if (!unassigned.isEmpty()) {
            views.add(view(0, "", null, unassigned, persons, names, regionNames, organisationNames));
        }
        return views;
    }

    /**
     * Splits every participant into {@code count} balanced groups, numbered, so each reads as "1-топ",
     * "Группа 1" or "Group 1" in its reader's language until renamed. Refused while the seminar has
     * groups: {@link #placeUnplaced} and {@link #rebalance} work with the groups there are.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void createBalanced(long seminarId, int count) {
        access.manageableLocked(seminarId);
        if (!groups.findBySeminarIdOrderById(seminarId).isEmpty()) {
            throw new RuleViolation("groups.error.exist");
        }
        List<Participant> people = participants.findBySeminarId(seminarId);
        if (count < 1 || count > people.size()) {
            throw new RuleViolation("groups.error.count", people.size());
        }
        Map<Long, Person> persons = persons(people);
        Map<Long, Participant> byUser = people.stream()
                .collect(Collectors.toMap(Participant::getUserId, Function.identity()));
        List<List<Person>> split = GroupBalancer.split(new ArrayList<>(persons.values()), count);
        for (int i = 0; i < split.size(); i++) {
            SeminarGroup group = groups.save(SeminarGroup.numbered(seminarId, i + 1));
            split.get(i).forEach(person -> byUser.get(person.userId()).setGroupId(group.getId()));
        }
    }

    /**
     * Places the participants in no group into the existing groups, keeping the balance and moving
     * nobody else. Groups with group-exercise work take no newcomers (their grade would be given
     * unearned).
     *
     * @return how many people were placed
     * @throws RuleViolation when there is no group without work to place them in
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public int placeUnplaced(long seminarId) {
        access.manageableLocked(seminarId);
        Arrangement arrangement = arrangement(seminarId);
        if (arrangement.unplaced().isEmpty()) {
            return 0;
        }
        if (arrangement.open().isEmpty()) {
            throw new RuleViolation("groups.error.no-open-group");
        }
        arrangement.apply(GroupBalancer.place(arrangement.openMembers(), arrangement.unplaced()));
        return arrangement.unplaced().size();
    }

    /**
     * Balances the groups again without deleting any: members of groups with group-exercise work stay
     * where they are; everyone else, and anyone in no group, is split anew over the other groups,
     * keeping as many people as possible in the group they were in.
     *
     * @return how many people changed group (newcomers included)
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public int rebalance(long seminarId) {
        access.manageableLocked(seminarId);
        Arrangement arrangement = arrangement(seminarId);
        if (arrangement.open().isEmpty()) {
            throw new RuleViolation("groups.error.no-open-group");
        }
        int people = arrangement.unplaced().size() + arrangement.openMembers().stream().mapToInt(List::size).sum();
        if (people < arrangement.open().size()) {
            throw new RuleViolation("groups.error.count", people);
        }
        return arrangement.apply(GroupBalancer.rebalance(arrangement.openMembers(), arrangement.unplaced()));
    }

    /** The groups that may change (no exercise work), their members as balancing sees them, and the unplaced. */
    private record Arrangement(List<SeminarGroup> open, List<List<Person>> openMembers, List<Person> unplaced,
            Map<Long, Participant> byUser) {

        /** Puts each person in the group at their list's position; returns how many changed group. */
        int apply(List<List<Person>> split) {
            int moved = 0;
            for (int g = 0; g < open.size(); g++) {
                SeminarGroup group = open.get(g);
                for (Person person : split.get(g)) {
                    Participant participant = byUser.get(person.userId());
                    if (!Objects.equals(participant.getGroupId(), group.getId())) {
                        moved++;
                        participant.setGroupId(group.getId());
                    }
                }
                Set<Long> members = split.get(g).stream().map(Person::userId).collect(Collectors.toSet());
                if (group.getLeaderUserId() != null && !members.contains(group.getLeaderUserId())) {
                    group.setLeaderUserId(null);
                }
            }
            return moved;
        }
    }

    private Arrangement arrangement(long seminarId) {
        List<Participant> people = participants.findBySeminarId(seminarId);
        Map<Long, Person> persons = persons(people);
        Map<Long, Participant> byUser = people.stream()
                .collect(Collectors.toMap(Participant::getUserId, Function.identity()));
        List<SeminarGroup> open = groups.findBySeminarIdOrderById(seminarId).stream()
                .filter(group -> !workspaces.existsByGroupId(group.getId())).toList();
        List<List<Person>> openMembers = open.stream().map(group -> people.stream()
                .filter(person -> Objects.equals(person.getGroupId(), group.getId()))
                .map(person -> persons.get(person.getUserId())).toList()).toList();
        List<Person> unplaced = people.stream().filter(person -> person.getGroupId() == null)
                .map(person -> persons.get(person.getUserId())).toList();
        return new Arrangement(open, openMembers, unplaced, byUser);
    }

    /** The number of groups for groups of about {@code size} people. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    public int groupsOfAbout(long seminarId, int size) {
        access.manageable(seminarId);
        long people = participants.countBySeminarId(seminarId);
        return (int) Math.max(1, Math.min(people, Math.round((double) people / Math.max(1, size))));
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public long createGroup(long seminarId, String name) {
        access.manageable(seminarId);
        return groups.save(new SeminarGroup(seminarId, checkedName(name))).getId();
    }

    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void rename(long groupId, String name) {
        managed(groupId).setName(checkedName(name));
    }

    /** Moves a participant into a group, or out of every group with {@code groupId} null. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void move(long seminarId, long userId, Long groupId) {
        access.manageable(seminarId);
        Participant participant = participants.findBySeminarIdAndUserId(seminarId, userId)
                .orElseThrow(() -> new RuleViolation("groups.error.not-a-participant"));
        if (groupId != null && groups.findById(groupId).filter(group -> group.getSeminarId() == seminarId).isEmpty()) {
            throw new NotFound("groups.error.not-found");
        }
        Long from = participant.getGroupId();
        if (!java.util.Objects.equals(from, groupId) && (from != null && workspaces.existsByGroupId(from)
                || groupId != null && workspaces.existsByGroupId(groupId))) {
            // a member's exercise grade is their group's: moving would take it away or give one unearned
            throw new RuleViolation("groups.error.move-has-work");
        }
        participant.setGroupId(groupId);
        if (from != null) {
            groups.findById(from).filter(group -> Objects.equals(group.getLeaderUserId(), userId))
                    .ifPresent(group -> group.setLeaderUserId(null));
        }
    }

    /** Makes a member the group's leader, or no one with {@code userId} null. */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void setLeader(long groupId, Long userId) {
        SeminarGroup group = managed(groupId);
        if (userId != null && participants.findBySeminarIdAndUserId(group.getSeminarId(), userId)
                .filter(member -> Objects.equals(member.getGroupId(), groupId)).isEmpty()) {
            throw new RuleViolation("groups.error.leader-not-member");
        }
        group.setLeaderUserId(userId);
    }

    /**
     * Deletes a group; its members are left in no group. Refused once the group has a group
     * exercise: its work and grade would go with it.
     */
    @PreAuthorize(Roles.RUNS_TRAINING)
    @Transactional
    public void deleteGroup(long groupId) {
        SeminarGroup group = managed(groupId);
        if (workspaces.existsByGroupId(groupId)) {
            throw new RuleViolation("groups.error.has-work");
        }
        participants.findByGroupId(groupId).forEach(member -> member.setGroupId(null));
        groups.delete(group);
    }

    /** The caller's group in the seminar, if they are in one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MyGroup> myGroup(long seminarId) {
        return myGroup(seminarId, Language.KK);
    }

    /** As {@link #myGroup(long)}, with the group's name in the reader's language. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MyGroup> myGroup(long seminarId, Language language) {
        Seminar seminar = access.visible(seminarId);
        return participants.findBySeminarIdAndUserId(seminar.getId(), access.caller().accountId())
                .map(Participant::getGroupId).flatMap(groups::findById).map(group -> {
                    List<Long> members = participants.findByGroupId(group.getId()).stream()
                            .map(Participant::getUserId).toList();
                    Map<Long, String> names = users.namesOfColleagues(members);
                    return new MyGroup(group.name(language),
                            group.getLeaderUserId() == null ? null : names.get(group.getLeaderUserId()),
                            members.stream().map(names::get).filter(Objects::nonNull).sorted().toList());
                });
    }

    private SeminarGroup managed(long groupId) {
        SeminarGroup group = groups.findById(groupId).orElseThrow(() -> new NotFound("groups.error.not-found"));
        access.manageable(group.getSeminarId());
        return group;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("groups.error.name-required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new RuleViolation("seminar.error.too-long", MAX_NAME);
        }
        return name.strip();
    }

    private Map<Long, Person> persons(List<Participant> people) {
        Set<Long> userIds = people.stream().map(Participant::getUserId).collect(Collectors.toSet());
        Map<Long, ParticipantProfile> byUser = profiles.findByUserIdIn(userIds).stream()
                .collect(Collectors.toMap(ParticipantProfile::getUserId, Function.identity()));
        Map<Long, Person> persons = new java.util.LinkedHashMap<>();
        people.stream().sorted(Comparator.comparingLong(Participant::getUserId)).forEach(participant -> {
            ParticipantProfile profile = byUser.get(participant.getUserId());
            persons.put(participant.getUserId(), new Person(participant.getUserId(),
                    profile == null ? null : profile.getRegionId(),
                    profile == null || profile.getOrganisationId() == null ? null
                            : String.valueOf(profile.getOrganisationId()),
                    profile == null ? null : profile.getGender()));
        });
        return persons;
    }

    private static GroupView view(long id, String name, Long leaderId, List<Participant> members,
            Map<Long, Person> persons, Map<Long, String> names, Map<String, String> regionNames,
            Map<Long, String> organisationNames) {
        List<Person> group = members.stream().map(member -> persons.get(member.getUserId())).toList();
        List<Member> shown = group.stream().map(person -> new Member(person.userId(),
                names.getOrDefault(person.userId(), ""), person.region() == null ? "" : regionNames.get(person.region()),
                person.organisation() == null ? "" : organisationNames.get(Long.valueOf(person.organisation()))))
                .sorted(Comparator.comparing(Member::fullName)).toList();
        return new GroupView(id, name, leaderId, shown,
                group.stream().map(Person::region).filter(Objects::nonNull).distinct().count(),
                group.stream().map(Person::organisation).filter(Objects::nonNull).distinct().count(),
                boxed(GroupBalancer.mixing(group, Person::region)), boxed(GroupBalancer.mixing(group, Person::organisation)));
    }

    private static Integer boxed(java.util.OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
