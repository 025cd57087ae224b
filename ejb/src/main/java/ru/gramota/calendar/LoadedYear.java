package ru.gramota.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** That a year's production calendar was loaded: from what, when and by whom. Its days are {@link LoadedDay}s. */
@Entity
@Table(name = "calendar_year")
public class LoadedYear {

    @Id
    @Column(name = "year_number")
    private int year;

    @Column(name = "source", nullable = false, length = ProductionCalendars.SOURCE_LENGTH)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false, length = 100)
    private String loadedBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LoadedYear() {}

    LoadedYear(int year) {
        this.year = year;
    }

    void loaded(String source, Instant at, String by) {
        this.source = source.length() > ProductionCalendars.SOURCE_LENGTH
                ? source.substring(0, ProductionCalendars.SOURCE_LENGTH)
                : source;
        this.loadedAt = at;
        this.loadedBy = by;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String loadedBy() {
        return loadedBy;
    }
}
