package kz.kelisim.quiz;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled work: the sweep that submits attempts at their deadline. Tests turn it off
 * ({@code kelisim.scheduling.enabled=false}) and call the sweep themselves, so it never races a test
 * that moves the clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kelisim.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class QuizScheduling {
}
