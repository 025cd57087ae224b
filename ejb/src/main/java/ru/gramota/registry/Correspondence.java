package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a received document comes from: the correspondent (the sender of an incoming letter, the
 * author of an appeal), the sender's own number and date (requisite 12), who signed it on the
 * sender's side (22) and how it arrived. The sender's number and date are what a probable duplicate
 * is recognised by ({@link #identifiesDuplicates}).
 */
@Embeddable
public class Correspondence {

    /** Nothing received: a document written here. */
    static final Correspondence NONE = new Correspondence(null, null, null, null, RequisiteValues.NONE);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "correspondent_id")
    private Correspondent correspondent;

    @Column(name = "correspondent_number", length = Requisites.REFERENCE_LENGTH)
    private String senderNumber;

    @Column(name = "correspondent_date")
    private LocalDate senderDate;

    @Column(name = "signatory_name", length = Requisites.SIGNATORY_NAME_LENGTH)
    private String signatoryName;

    @Column(name = "delivery_channel", length = 30)
    private String deliveryChannel;

    protected Correspondence() {}

    /** Blank texts are absent ones; texts are stored stripped; the channel is a plain requisite. */
    public Correspondence(
            Correspondent correspondent,
            String senderNumber,
            LocalDate senderDate,
            String signatoryName,
            RequisiteValues values) {
        this.correspondent = correspondent;
        this.senderNumber = Requisites.blankToNull(senderNumber);
        this.senderDate = senderDate;
        this.signatoryName = Requisites.blankToNull(signatoryName);
        this.deliveryChannel = values.get(PlainRequisite.DELIVERY_CHANNEL, String.class);
    }

    /** Whether correspondent, number and date are all known, so that a duplicate can be looked for. */
    public boolean identifiesDuplicates() {
        return correspondent != null && senderNumber != null && senderDate != null;
    }

    public Correspondent correspondent() {
        return correspondent;
    }

    public String senderNumber() {
        return senderNumber;
    }

    public LocalDate senderDate() {
        return senderDate;
    }

    public String signatoryName() {
        return signatoryName;
    }

    /** One of {@link Requisites#DELIVERY_CHANNELS}, or null. */
    public String deliveryChannel() {
        return deliveryChannel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correspondence c
                && correspondent == c.correspondent
                && Objects.equals(senderNumber, c.senderNumber)
                && Objects.equals(senderDate, c.senderDate)
                && Objects.equals(signatoryName, c.signatoryName)
                && Objects.equals(deliveryChannel, c.deliveryChannel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(senderNumber, senderDate, signatoryName, deliveryChannel);
    }
}
