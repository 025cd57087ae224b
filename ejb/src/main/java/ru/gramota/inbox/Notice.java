package ru.gramota.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.gramota.access.UserAccount;

/** A notice in one person's inbox: what it is about, the day it is for, and whether it was read and mailed. */
@Entity
@Table(name = "notice")
public class Notice {

    static final int TITLE_LENGTH = 500;
    static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private UserAccount recipient;

    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private String kind;

    @Column(name = "subject_type", nullable = false, length = 30, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "notice_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH, updatable = false)
    private String title;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "link", nullable = false, length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notice() {}

    Notice(UserAccount recipient, NewNotice n, Instant at) {
        this.recipient = recipient;
        this.kind = n.kind();
        this.subjectType = n.subjectType();
        this.subjectId = n.subjectId();
        this.day = n.day();
        this.title = cut(n.title(), TITLE_LENGTH);
        this.text = cut(n.text(), TEXT_LENGTH);
        this.link = n.link();
        this.createdAt = at;
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long id() {
        return id;
    }

    UserAccount recipient() {
        return recipient;
    }

    NoticeView view() {
        return new NoticeView(id, kind, subjectType, subjectId, day, title, text, link, createdAt, readAt != null);
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    String link() {
        return link;
    }
}
