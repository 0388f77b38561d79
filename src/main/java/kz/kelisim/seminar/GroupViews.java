package kz.kelisim.seminar;

import java.util.List;

/** Groups of a seminar as the screens show them. */
public final class GroupViews {

    private GroupViews() {
    }

    /** A member as those who run the seminar see them. */
    public record Member(long userId, String fullName, String region, String organisation) {
    }

    /**
     * A group with its members and how mixed it is: distinct regions and organisations, and the
     * share of member pairs from different regions and from different organisations (null when the
     * group has fewer than two members).
     */
    public record GroupView(long id, String name, Long leaderId, List<Member> members, long regions,
            long organisations, Integer regionMixing, Integer organisationMixing) {
    }

    /** The caller's own group in a seminar: names only. */
    public record MyGroup(String name, String leader, List<String> members) {
    }
}
