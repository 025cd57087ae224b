package ru.gramota.control;

import java.util.List;

/**
 * The registration report beside execution discipline: documents registered per journal, kind and
 * month of a year, and how many of them were put on control.
 */
public record RegistrationReport(String organisationCode, int year, List<Row> rows, long registered, long onControl) {

    /** One journal's month. */
    public record Row(String journal, String kind, int month, long registered, long onControl, Double shareOnControl) {

        static Row of(String journal, String kind, int month, long registered, long onControl) {
            return new Row(
                    journal,
                    kind,
                    month,
                    registered,
                    onControl,
                    registered == 0 ? null : Math.round(1000.0 * onControl / registered) / 10.0);
        }
    }
}
