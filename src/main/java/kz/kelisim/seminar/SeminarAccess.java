package kz.kelisim.seminar;

import org.springframework.stereotype.Component;

import kz.kelisim.base.NotFound;
import kz.kelisim.base.RuleViolation;
import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;
import kz.kelisim.user.UserService;

/**
 * Who may do what with a seminar, in one place for every seminar service: staff and administrators
 * everything; a trainer the seminars they run; a participant may look at their own seminar. A
 * seminar the caller may not see is "not found", so its existence is not given away.
 */
@Component
class SeminarAccess {

    private final SeminarRepository seminars;
    private final ParticipantRepository participants;
    private final CurrentUser currentUser;
    private final UserService users;

    SeminarAccess(SeminarRepository seminars, ParticipantRepository participants, CurrentUser currentUser,
            UserService users) {
        this.seminars = seminars;
        this.participants = participants;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** Full names of people the caller works with in a seminar (the calling service decides who). */
    java.util.Map<Long, String> names(java.util.Collection<Long> userIds) {
        return userIds.isEmpty() ? java.util.Map.of() : users.namesOfColleagues(userIds);
    }

    KelisimPrincipal caller() {
        return currentUser.require();
    }

    static boolean seesEverything(KelisimPrincipal caller) {
        return caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN);
    }

    boolean mayManage(Seminar seminar) {
        KelisimPrincipal caller = caller();
        return seesEverything(caller) || caller.hasRole(Roles.TRAINER) && seminar.isRunBy(caller.accountId());
    }

    boolean participates(Seminar seminar) {
        return participants.findBySeminarIdAndUserId(seminar.getId(), caller().accountId()).isPresent();
    }

    /** The seminar if the caller runs it (or is staff or an administrator). */
    Seminar manageable(long seminarId) {
        return seminars.findById(seminarId).filter(this::mayManage)
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
    }

    /** The seminar locked, if the caller runs it: for changes that must take turns (capacity, groups). */
    Seminar manageableLocked(long seminarId) {
        return seminars.lockById(seminarId).filter(this::mayManage)
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
    }

    /** The seminar if the caller runs it or takes part in it. */
    Seminar visible(long seminarId) {
        return seminars.findById(seminarId).filter(seminar -> mayManage(seminar) || participates(seminar))
                .orElseThrow(() -> new NotFound("seminar.error.not-found"));
    }
}
