package kz.kelisim.seminar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Splits participants into groups that mix regions, organisations and (where recorded) gender as
 * evenly as possible, because mixing people from different places is the point of the group work.
 * Group sizes differ by at most one. The cost of a split is the number of pairs in one group who
 * share a region (weight 3), an organisation (2) or a gender (1); people are placed one by one where
 * they add the least cost (largest regions first, so they spread round the groups), then pairs of
 * people in different groups are swapped while that lowers the cost. Deterministic for a given input.
 */
final class GroupBalancer {

    static final int REGION_WEIGHT = 3;
    static final int ORGANISATION_WEIGHT = 2;
    static final int GENDER_WEIGHT = 1;
    private static final int MAX_ROUNDS = 50;

    /** A person as balancing sees them; null attributes are unknown and mix with anyone. */
    record Person(long userId, String region, String organisation, String gender) {
    }

    private GroupBalancer() {
    }

    /** @return {@code groups} lists of people, sizes differing by at most one */
    static List<List<Person>> split(List<Person> people, int groups) {
        if (groups < 1 || groups > people.size()) {
            throw new IllegalArgumentException("Between 1 and " + people.size() + " groups, not " + groups);
        }
        List<List<Person>> split = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            split.add(new ArrayList<>());
        }
        int base = people.size() / groups;
        int larger = people.size() % groups;
        Map<String, Long> regionSizes = count(people, Person::region);
        Map<String, Long> organisationSizes = count(people, Person::organisation);
        List<Person> order = new ArrayList<>(people);
        order.sort(Comparator.<Person>comparingLong(person -> -regionSizes.getOrDefault(person.region(), 0L))
                .thenComparing(Person::region, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(person -> -organisationSizes.getOrDefault(person.organisation(), 0L))
                .thenComparingLong(Person::userId));
        for (Person person : order) {
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int g = 0; g < groups; g++) {
                int capacity = base + (g < larger ? 1 : 0);
                if (split.get(g).size() >= capacity) {
                    continue;
                }
                int cost = cost(person, split.get(g));
                if (cost < bestCost || cost == bestCost && split.get(g).size() < split.get(best).size()) {
                    best = g;
                    bestCost = cost;
                }
            }
            split.get(best).add(person);
        }
        improveBySwapping(split);
        return split;
    }

    private static void improveBySwapping(List<List<Person>> split) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean improved = false;
            for (int a = 0; a < split.size(); a++) {
                for (int b = a + 1; b < split.size(); b++) {
                    improved |= improvePair(split.get(a), split.get(b));
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** Swaps people between two groups while a swap lowers the cost of the two. */
    private static boolean improvePair(List<Person> first, List<Person> second) {
        boolean improved = false;
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                Person x = first.get(i);
                Person y = second.get(j);
                int before = costWithout(x, first, i) + costWithout(y, second, j);
                int after = costWithout(y, first, i) + costWithout(x, second, j);
                if (after < before) {
                    first.set(i, y);
                    second.set(j, x);
                    improved = true;
                }
            }
        }
        return improved;
    }

    /** The cost {@code person} adds to {@code group} in place of its member at {@code skip}. */
    private static int costWithout(Person person, List<Person> group, int skip) {
        int cost = 0;
        for (int k = 0; k < group.size(); k++) {
            if (k != skip) {
                cost += pairCost(person, group.get(k));
            }
        }
        return cost;
    }

    private static int cost(Person person, List<Person> group) {
        return group.stream().mapToInt(member -> pairCost(person, member)).sum();
    }

    static int pairCost(Person a, Person b) {
        return (same(a.region(), b.region()) ? REGION_WEIGHT : 0)
                + (same(a.organisation(), b.organisation()) ? ORGANISATION_WEIGHT : 0)
                + (same(a.gender(), b.gender()) ? GENDER_WEIGHT : 0);
    }

    private static boolean same(String a, String b) {
        return a != null && Objects.equals(a, b);
    }

    private static Map<String, Long> count(List<Person> people, Function<Person, String> attribute) {
        Map<String, Long> counts = new HashMap<>();
        people.stream().map(attribute).filter(Objects::nonNull).forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }

    /**
     * How mixed a group is in one attribute, 0-100: the share of its pairs whose members differ (or
     * one is unknown). 100 when no two members share it; empty for fewer than two members.
     */
    static java.util.OptionalInt mixing(List<Person> group, Function<Person, String> attribute) {
        int pairs = group.size() * (group.size() - 1) / 2;
        if (pairs == 0) {
            return java.util.OptionalInt.empty();
        }
        int same = 0;
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (same(attribute.apply(group.get(i)), attribute.apply(group.get(j)))) {
                    same++;
                }
            }
        }
        return java.util.OptionalInt.of((int) Math.round(100.0 * (pairs - same) / pairs));
    }
}
