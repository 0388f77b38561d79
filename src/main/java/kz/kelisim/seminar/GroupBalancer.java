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

    /**
     * Places newcomers into existing groups without moving anyone already placed: each goes to one of
     * the smallest groups (so sizes stay within one of each other where they were), choosing among
     * those the group where they add the least cost; larger regions first, as in {@link #split}.
     *
     * @return the groups in the same order, each with its newcomers added
     */
    static List<List<Person>> place(List<List<Person>> groups, List<Person> newcomers) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("No group to place people in");
        }
        List<List<Person>> placed = new ArrayList<>();
        groups.forEach(group -> placed.add(new ArrayList<>(group)));
        Map<String, Long> regionSizes = count(newcomers, Person::region);
        List<Person> order = new ArrayList<>(newcomers);
        order.sort(Comparator.<Person>comparingLong(person -> -regionSizes.getOrDefault(person.region(), 0L))
                .thenComparing(Person::region, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Person::userId));
        for (Person person : order) {
            int smallest = placed.stream().mapToInt(List::size).min().orElseThrow();
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int g = 0; g < placed.size(); g++) {
                if (placed.get(g).size() != smallest) {
                    continue;
                }
                int cost = cost(person, placed.get(g));
                if (cost < bestCost) {
                    best = g;
                    bestCost = cost;
                }
            }
            placed.get(best).add(person);
        }
        return placed;
    }

    /**
     * Balances existing groups again: everyone in them and the newcomers are split anew into as many
     * groups, and each new group is given to the existing group it shares most members with, so as
     * few people as possible change group.
     *
     * @return the groups in the same order as given
     */
    static List<List<Person>> rebalance(List<List<Person>> groups, List<Person> newcomers) {
        List<Person> everyone = new ArrayList<>(newcomers);
        groups.forEach(everyone::addAll);
        List<List<Person>> split = split(everyone, groups.size());
        List<List<Person>> result = new ArrayList<>();
        groups.forEach(group -> result.add(null));
        List<List<Person>> left = new ArrayList<>(split);
        // the pairs with the largest overlap first: a group keeps the new split most like it
        while (!left.isEmpty()) {
            int bestGroup = -1;
            List<Person> bestSplit = null;
            long bestOverlap = -1;
            for (int g = 0; g < groups.size(); g++) {
                if (result.get(g) != null) {
                    continue;
                }
                for (List<Person> candidate : left) {
                    long overlap = candidate.stream().filter(groups.get(g)::contains).count();
                    if (overlap > bestOverlap) {
                        bestOverlap = overlap;
                        bestGroup = g;
                        bestSplit = candidate;
                    }
                }
            }
            result.set(bestGroup, bestSplit);
            left.remove(bestSplit);
        }
        return result;
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
