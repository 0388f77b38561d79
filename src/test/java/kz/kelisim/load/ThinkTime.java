package kz.kelisim.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The pause of a person reading a question before answering: uniformly between two bounds. */
record ThinkTime(Duration least, Duration most) {

    /** "5-15s" (the default), "2-4s", "0s". */
    static ThinkTime parse(String text) {
        String[] bounds = text.replace("s", "").split("-");
        Duration least = Duration.ofMillis((long) (Double.parseDouble(bounds[0]) * 1000));
        Duration most = bounds.length > 1 ? Duration.ofMillis((long) (Double.parseDouble(bounds[1]) * 1000)) : least;
        return new ThinkTime(least, most);
    }

    void pause() throws InterruptedException {
        long from = least.toMillis();
        long to = most.toMillis();
        Thread.sleep(to > from ? ThreadLocalRandom.current().nextLong(from, to + 1) : from);
    }
}
