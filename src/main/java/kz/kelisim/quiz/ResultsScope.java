package kz.kelisim.quiz;

import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kz.kelisim.security.CurrentUser;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.security.Roles;

/**
 * Whose results the caller may read: staff and administrators everyone's; a trainer only those of
 * the trainees in the seminars they run (test reports, attempt lists, reviews, essays to grade).
 */
@Component
class ResultsScope {

    private final CurrentUser currentUser;
    private final ObjectProvider<TraineesOfTrainers> trainees;

    ResultsScope(CurrentUser currentUser, ObjectProvider<TraineesOfTrainers> trainees) {
        this.currentUser = currentUser;
        this.trainees = trainees;
    }

    /** Empty when the caller reads everyone's results; otherwise the trainees whose results they may read. */
    Optional<Set<Long>> limitedTo() {
        KelisimPrincipal caller = currentUser.require();
        if (caller.hasRole(Roles.STAFF) || caller.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        TraineesOfTrainers source = trainees.getIfAvailable();
        return Optional.of(source == null ? Set.of() : source.traineesOf(caller.accountId()));
    }

    /** Whether the caller may read this trainee's results. */
    boolean mayRead(long traineeId) {
        return limitedTo().map(allowed -> allowed.contains(traineeId)).orElse(true);
    }
}
