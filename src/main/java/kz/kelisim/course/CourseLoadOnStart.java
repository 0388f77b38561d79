package kz.kelisim.course;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the course folders when Kelisim starts. */
@Component
@Order(30)
class CourseLoadOnStart implements ApplicationRunner {

    private final CourseLoader loader;

    CourseLoadOnStart(CourseLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadAll();
    }
}
