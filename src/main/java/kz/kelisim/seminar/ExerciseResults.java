package kz.kelisim.seminar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.kelisim.seminar.ExerciseViews.Rubric;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each participant's result in a seminar's group exercises, in percent: the mean over the graded
 * exercises of the group's points plus the person's adjustment, over the rubric's maximum. The
 * caller (the gradebook) has checked who may see it. A person counts with the group they are in now.
 */
@Component
class ExerciseResults {

    private final GroupExerciseRepository exercises;
    private final ExerciseWorkspaceRepository workspaces;
    private final GradeAdjustmentRepository adjustments;
    private final ParticipantRepository participants;
    private final JsonMapper json;

    ExerciseResults(GroupExerciseRepository exercises, ExerciseWorkspaceRepository workspaces,
            GradeAdjustmentRepository adjustments, ParticipantRepository participants, JsonMapper json) {
        this.exercises = exercises;
        this.workspaces = workspaces;
        this.adjustments = adjustments;
        this.participants = participants;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Map<Long, Double> percentByPerson(long seminarId) {
        Map<Long, GroupExercise> byId = exercises.findBySeminarIdOrderByDeadlineAscIdAsc(seminarId).stream()
                .collect(Collectors.toMap(GroupExercise::getId, Function.identity()));
        if (byId.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ExerciseWorkspace>> gradedByGroup = workspaces.findByExerciseIdIn(byId.keySet()).stream()
                .filter(ExerciseWorkspace::isGraded)
                .collect(Collectors.groupingBy(ExerciseWorkspace::getGroupId));
        Map<Long, Integer> maxByExercise = new HashMap<>();
        byId.values().forEach(exercise -> maxByExercise.put(exercise.getId(),
                json.readValue(exercise.getRubricJson(), Rubric.class).maxPoints()));
        Map<Long, Double> percents = new HashMap<>();
        for (Participant participant : participants.findBySeminarId(seminarId)) {
            List<ExerciseWorkspace> graded = participant.getGroupId() == null ? List.of()
                    : gradedByGroup.getOrDefault(participant.getGroupId(), List.of());
            List<Double> results = new ArrayList<>();
            for (ExerciseWorkspace workspace : graded) {
                int max = maxByExercise.get(workspace.getExerciseId());
                if (max > 0) {
                    GradeAdjustment adjustment = adjustments
                            .findById(new GradeAdjustment.Key(workspace.getId(), participant.getUserId())).orElse(null);
                    results.add(100.0 * workspace.pointsOf(adjustment, max) / max);
                }
            }
            if (!results.isEmpty()) {
                percents.put(participant.getUserId(),
                        results.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return percents;
    }
}
