package ru.gramota.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application. Services inject {@link Clock} instead of calling {@code now()},
 * so deadline and retention rules can be tested at any date without sleeping.
 */
@ApplicationScoped
class Clocks {

    @Produces
    @ApplicationScoped
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
