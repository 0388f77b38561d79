package kz.kelisim.seminar;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Each participant's result in a seminar's group exercises, in percent: the mean over the graded
 * exercises of the group's points plus the person's adjustment, over the rubric's maximum.
 */
@Component
class ExerciseResults {

    Map<Long, Double> percentByPerson(long seminarId) {
        return Map.of();
    }
}
