package kz.kelisim.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.kelisim.seminar.GroupBalancer.Person;

/** Balancing on the fixture: 60 people from 8 regions into 6 groups. */
class GroupBalancerTest {

    private static final List<String> REGIONS = List.of("astana", "almaty-city", "shymkent", "mangystau", "turkistan",
            "zhambyl", "pavlodar", "kostanay");

    /**
     * 60 people from 8 regions in uneven numbers (12, 10, 9, 8, 7, 6, 4, 4), 15 organisations (four
     * people each, mostly in one region), both genders, in shuffled order.
     */
    static List<Person> sixtyPeople() {
        int[] perRegion = {12, 10, 9, 8, 7, 6, 4, 4};
        List<Person> people = new ArrayList<>();
        long id = 1;
        for (int r = 0; r < perRegion.length; r++) {
            for (int k = 0; k < perRegion[r]; k++) {
                people.add(new Person(id, REGIONS.get(r), "org-" + ((id - 1) / 4), id % 2 == 0 ? "female" : "male"));
                id++;
            }
        }
        Collections.shuffle(people, new Random(7));
        return people;
    }

    @Test
    void sixty_people_from_eight_regions_make_six_groups_of_ten_that_each_mix_the_regions() {
        List<List<Person>> groups = GroupBalancer.split(sixtyPeople(), 6);

        assertThat(groups).hasSize(6).allSatisfy(group -> assertThat(group).hasSize(10));
        assertThat(groups.stream().flatMap(List::stream).map(Person::userId).distinct()).hasSize(60);
        for (List<Person> group : groups) {
            assertThat(group.stream().map(Person::region).distinct().count())
                    .as("regions in a group of ten, with eight regions in all").isGreaterThanOrEqualTo(7);
            assertThat(group.stream().collect(Collectors.groupingBy(Person::region, Collectors.counting())).values())
                    .as("nobody's region holds more than its fair share (12 people over 6 groups: 2)")
                    .allMatch(count -> count <= 2);
            assertThat(group.stream().collect(Collectors.groupingBy(Person::organisation, Collectors.counting()))
                    .values()).as("colleagues are split up").allMatch(count -> count <= 1);
            long women = group.stream().filter(person -> person.gender().equals("female")).count();
            assertThat(women).isBetween(4L, 6L);
            assertThat(GroupBalancer.mixing(group, Person::region).orElseThrow()).isGreaterThanOrEqualTo(90);
        }
    }

    @Test
    void sizes_differ_by_at_most_one_when_people_do_not_divide_evenly() {
        List<List<Person>> groups = GroupBalancer.split(sixtyPeople().subList(0, 23), 4);

        assertThat(groups).extracting(List::size).containsExactlyInAnyOrder(6, 6, 6, 5);
    }

    @Test
    void people_without_recorded_attributes_are_spread_by_size_alone() {
        List<Person> unknown = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            unknown.add(new Person(id, null, null, null));
        }

        assertThat(GroupBalancer.split(unknown, 3)).extracting(List::size).containsExactlyInAnyOrder(3, 2, 2);
        assertThat(GroupBalancer.mixing(unknown, Person::region)).hasValue(100);
    }

    @Test
    void balancing_is_clearly_better_than_putting_people_in_the_order_they_came() {
        List<Person> people = sixtyPeople();
        List<Person> byRegion = new ArrayList<>(people);
        byRegion.sort(java.util.Comparator.comparing(Person::region));
        List<List<Person>> naive = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            naive.add(byRegion.subList(g * 10, g * 10 + 10));
        }

        assertThat(totalCost(GroupBalancer.split(people, 6))).isLessThan(totalCost(naive) / 4);
    }

    private static int totalCost(List<List<Person>> groups) {
        int cost = 0;
        for (List<Person> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    cost += GroupBalancer.pairCost(group.get(i), group.get(j));
                }
            }
        }
        return cost;
    }

    @Test
    void newcomers_go_into_the_smallest_groups_where_they_add_least_and_nobody_placed_moves() {
        List<Person> people = sixtyPeople();
        List<List<Person>> groups = GroupBalancer.split(people.subList(0, 48), 6);
        List<List<Person>> before = groups.stream().map(List::copyOf).toList();

        List<List<Person>> placed = GroupBalancer.place(groups, people.subList(48, 60));

        assertThat(placed).hasSize(6).allSatisfy(group -> assertThat(group).hasSize(10));
        for (int g = 0; g < 6; g++) {
            assertThat(placed.get(g)).as("group %d keeps its members", g).containsAll(before.get(g));
        }
        assertThat(placed.stream().flatMap(List::stream).map(Person::userId).distinct()).hasSize(60);
        for (List<Person> group : placed) {
            assertThat(group.stream().map(Person::region).distinct().count()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void balancing_again_mixes_groups_made_by_hand_and_keeps_most_people_where_they_were() {
        List<Person> people = sixtyPeople();
        // made by hand, badly: each group one or two regions
        List<Person> byRegion = new ArrayList<>(people);
        byRegion.sort(java.util.Comparator.comparing(Person::region));
        List<List<Person>> groups = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            groups.add(new ArrayList<>(byRegion.subList(g * 10, g * 10 + 10)));
        }

        List<List<Person>> balanced = GroupBalancer.rebalance(groups, List.of());

        assertThat(balanced).hasSize(6).allSatisfy(group -> assertThat(group).hasSize(10));
        for (List<Person> group : balanced) {
            assertThat(group.stream().map(Person::region).distinct().count()).isGreaterThanOrEqualTo(7);
        }
        long stayed = 0;
        for (int g = 0; g < 6; g++) {
            stayed += balanced.get(g).stream().filter(groups.get(g)::contains).count();
        }
        assertThat(stayed).as("each group is given the new split it shares most members with").isGreaterThanOrEqualTo(6);
    }
}
