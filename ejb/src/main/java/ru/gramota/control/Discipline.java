package ru.gramota.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The execution-discipline report [исполнительская дисциплина]: for the assignments due in a period,
 * per executor or per department, how many were done on time, done late, are overdue and still open,
 * and are in progress (due later); the share on time among those whose deadline has passed or that
 * were done. Counted as of today; withdrawn assignments are not counted.
 */
public record Discipline(
        String organisationCode, LocalDate from, LocalDate to, LocalDate asOf, By by, List<Row> rows, Row total) {

    /** What the rows are. */
    public enum By {
        EXECUTOR,
        DEPARTMENT
    }

    /** Which of a row's numbers: the drill-down asks for the assignments behind one. */
    public enum Category {
        ON_TIME,
        LATE,
        OVERDUE,
        IN_PROGRESS
    }

    /**
     * One executor's or department's numbers.
     *
     * @param key the executor's user name or the department's id ("" for assignments without a department)
     * @param shareOnTime on time among on time, late and overdue, in percent to one decimal; null when none
     */
    public record Row(
            String key, String name, long onTime, long late, long overdue, long inProgress, Double shareOnTime) {

        static Row of(String key, String name, long onTime, long late, long overdue, long inProgress) {
            long judged = onTime + late + overdue;
            Double share = judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 10.0;
            return new Row(key, name, onTime, late, overdue, inProgress, share);
        }

        public long total() {
            return onTime + late + overdue + inProgress;
        }
    }
}
