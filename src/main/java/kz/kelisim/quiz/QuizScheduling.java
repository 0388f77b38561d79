package kz.kelisim.quiz;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled work: the sweep that submits attempts at their deadline. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QuizScheduling {
}
