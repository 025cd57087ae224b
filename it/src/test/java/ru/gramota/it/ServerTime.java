package ru.gramota.it;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.SettingSource;

/**
 * "Today" as the server under test sees it: the date in the region's time zone, never in this JVM's
 * (a test machine in Vladivostok is a day ahead of Moscow for ten hours a day). The server inherits
 * this JVM's environment (Arquillian starts it from here, with Failsafe's variables), so {@code
 * GRAMOTA_TIME_ZONE} here is the server's setting, and unset means the server's default.
 */
final class ServerTime {

    static final ZoneId ZONE =
            ZoneId.of(Optional.ofNullable(System.getenv(SettingSource.environmentVariable(BusinessTime.TIME_ZONE)))
                    .filter(zone -> !zone.isBlank())
                    .map(String::strip)
                    .orElse(BusinessTime.DEFAULT_ZONE));

    private ServerTime() {}

    /** Today's date on the server. */
    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** This year on the server: the year of registration numbers and of the nomenclature in use. */
    static int year() {
        return today().getYear();
    }
}
