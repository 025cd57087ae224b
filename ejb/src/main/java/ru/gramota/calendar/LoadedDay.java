package ru.gramota.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day a loaded production calendar lists ({@link SpecialDay} as stored). */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = LoadedDay.ALL, query = "select d from LoadedDay d order by d.listedDate")
@NamedQuery(name = LoadedDay.DELETE_YEAR, query = "delete from LoadedDay d where d.calendarYear = :year")
public class LoadedDay {

    static final String ALL = "LoadedDay.all";
    static final String DELETE_YEAR = "LoadedDay.deleteYear";

    @Id
    @Column(name = "day_date")
    private LocalDate listedDate;

    @Column(name = "year_number", nullable = false)
    private int calendarYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DayKind kind;

    @Column(name = "holiday", length = CalendarFile.HOLIDAY_LENGTH)
    private String holiday;

    @Column(name = "moved_from")
    private LocalDate movedFrom;

    protected LoadedDay() {}

    LoadedDay(SpecialDay day) {
        this.listedDate = day.date();
        this.calendarYear = day.date().getYear();
        this.kind = day.kind();
        this.holiday = day.holiday();
        this.movedFrom = day.movedFrom();
    }

    int year() {
        return calendarYear;
    }

    SpecialDay special() {
        return new SpecialDay(listedDate, kind, holiday, movedFrom);
    }
}
