package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.gramota.admin.CalendarAdministration;
import ru.gramota.calendar.CalendarYear;
import ru.gramota.calendar.CalendarYearView;
import ru.gramota.calendar.DayKind;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.calendar.SpecialDay;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.Localized;
import ru.gramota.platform.RowError;
import ru.gramota.web.Uploads;
import ru.gramota.web.api.CalendarResource;

/** The production calendar's page: a year's months with their days off, and loading a year from a file. */
@Named
@RequestScoped
public class CalendarPage {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** A day of a month's grid: its number (0: a blank before the 1st) and how it is marked. */
    public record Cell(int day, String kind, String title) {}

    /** A month: its name and its weeks, Monday first. */
    public record Month(String name, List<List<Cell>> weeks) {}

    @EJB
    private ProductionCalendars calendars;

    @EJB
    private CalendarAdministration administration;

    @Inject
    private BusinessTime time;

    private String year;
    private CalendarYearView view;
    private Part file;
    private String source;
    private List<RowError> rowErrors = List.of();

    public void load() {
        int shown = time.year();
        if (year != null && !year.isBlank()) {
            try {
                shown = CalendarYear.parse(year, "year");
            } catch (InvalidInputException e) {
                FacesErrors.global("Нет такого года", e.errors().get(0).message(Localized.RUSSIAN));
            }
        }
        view = calendars.year(shown);
        year = Integer.toString(shown);
    }

    /** Loads the shown year from the chosen file. */
    public void upload() {
        load();
        if (file == null || file.getSize() == 0) {
            FacesErrors.global("Выберите файл", "Файл не выбран или пуст.");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            String from = source == null || source.isBlank() ? "файл " + file.getSubmittedFileName() : source.strip();
            view = administration.load(view.year(), Uploads.bytes(content, CalendarResource.MAX_FILE_BYTES), from);
            FacesErrors.done(
                    "Календарь загружен",
                    view.year() + " год: рабочих дней " + view.workingDays() + ", часов " + view.workingHours() + ".");
        } catch (InvalidRowsException e) {
            rowErrors = e.errors().stream().map(RowError.class::cast).toList();
            FacesErrors.global("Календарь не загружен", e.message(Localized.RUSSIAN));
        } catch (InvalidInputException e) {
            FacesErrors.global("Календарь не загружен", e.errors().get(0).message(Localized.RUSSIAN));
        } catch (AccessDeniedException e) {
            FacesErrors.global("Нет прав", e.message(Localized.RUSSIAN));
        } catch (IOException e) {
            FacesErrors.global("Файл не прочитан", "Загрузите файл снова.");
        }
    }

    /** The twelve months of the shown year, each day marked as the calendar has it. */
    public List<Month> getMonths() {
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(getView().year(), m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(new Cell(0, "", ""));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                week.add(cell(month.atDay(d)));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                weeks.add(week);
            }
            String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN);
            months.add(new Month(Character.toUpperCase(name.charAt(0)) + name.substring(1), weeks));
        }
        return months;
    }

    private Cell cell(LocalDate date) {
        SpecialDay special = getView().days().stream()
                .filter(d -> d.date().equals(date))
                .findFirst()
                .orElse(null);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (special == null) {
            return new Cell(date.getDayOfMonth(), weekend ? "off" : "", weekend ? "Выходной" : "");
        }
        String title = switch (special.kind()) {
            case DAY_OFF ->
                special.holiday() != null
                        ? special.holiday()
                        : special.movedFrom() != null
                                ? "Выходной, перенесён с " + special.movedFrom()
                                : "Нерабочий день";
            case SHORTENED -> "Сокращённый рабочий день (на час короче)";
            case WORKING_WEEKEND -> "Рабочий выходной";
        };
        String kind = special.kind() == DayKind.DAY_OFF
                ? "off holiday"
                : special.kind() == DayKind.SHORTENED ? "shortened" : "worked";
        return new Cell(date.getDayOfMonth(), kind, title);
    }

    public List<String> getWeekdays() {
        return List.of("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
    }

    /** The shown year; on a postback, read before the form's action (which reads it again) decides. */
    public CalendarYearView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    public int getPrevious() {
        return getView().year() - 1;
    }

    public int getNext() {
        return getView().year() + 1;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<RowError> getRowErrors() {
        return rowErrors;
    }

    public Locale getLanguage() {
        return Localized.RUSSIAN;
    }
}
