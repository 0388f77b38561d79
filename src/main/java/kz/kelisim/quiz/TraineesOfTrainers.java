package kz.kelisim.quiz;

import java.util.Set;

/**
 * Whose test results a trainer may read: the trainees of the seminars the trainer runs. Implemented
 * by the seminar feature (which knows seminars, their trainers and participants).
 */
public interface TraineesOfTrainers {

    Set<Long> traineesOf(long trainerId);
}
