package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.gramota.control.AssignmentLists;
import ru.gramota.control.AssignmentView;
import ru.gramota.platform.InvalidInputException;

/**
 * My assignments: to do, submitted, overdue, done, on my control and reports to accept, nearest
 * deadline (so overdue) first, a page at a time. The view and the page are in the address, so a
 * list can be bookmarked and the browser's back button works.
 */
@Named
@RequestScoped
public class AssignmentsPage {

    static final int PAGE = 25;

    /** A tab of the page: the view it shows and its Russian name. */
    public record Tab(String view, String name) {}

    private static final List<Tab> TABS = List.of(
            new Tab("todo", "К исполнению"),
            new Tab("overdue", "Просрочено"),
            new Tab("submitted", "Отчёт представлен"),
            new Tab("done", "Исполнено"),
            new Tab("controlled", "На моём контроле"),
            new Tab("to-accept", "Принять отчёт"));

    @EJB
    private AssignmentLists lists;

    private String view = "todo";
    private int offset;
    private List<AssignmentView> rows;
    private String refusal;

    public List<AssignmentView> getRows() {
        if (rows == null && refusal == null) {
            try {
                rows = lists.mine(AssignmentLists.View.of(view), offset, PAGE + 1);
            } catch (InvalidInputException e) {
                refusal = "Такого списка нет.";
                rows = List.of();
            }
        }
        return rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
    }

    /** Whether there is a page after this one. */
    public boolean isMore() {
        getRows();
        return rows.size() > PAGE;
    }

    public List<Tab> getTabs() {
        return TABS;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view == null || view.isBlank() ? "todo" : view;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = Math.max(0, offset);
    }

    public int getNext() {
        return offset + PAGE;
    }

    public int getPrevious() {
        return Math.max(0, offset - PAGE);
    }

    public String getRefusal() {
        getRows();
        return refusal;
    }
}
