package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.gramota.access.UserAccount;
import ru.gramota.registry.Correspondence;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentFile;
import ru.gramota.registry.DocumentLink;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.ParticipantRole;
import ru.gramota.registry.RequisiteValues;
import ru.gramota.registry.access.DocumentAccess;
import ru.gramota.registry.service.RegistrationCard.DocumentReference;
import ru.gramota.registry.service.RegistrationCard.FileView;
import ru.gramota.registry.service.RegistrationCard.LinkView;
import ru.gramota.registry.service.RegistrationCard.Person;

/**
 * Builds the card a reader sees: people by name, links from both ends (only to documents the reader
 * may read too), and the files. A handful of queries per card, whatever the number of people, links
 * or files.
 */
@Stateless
public class CardViews {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private RegistrationRepository repository;

    @EJB
    private DocumentAccess access;

    /** The card of a document the reader may read. */
    public RegistrationCard card(Document d, String reader) {
        return prepare(d, reader).card();
    }

    /**
     * Reads what a card shows beside the document itself (people, links, files), so that the card
     * can be built later without a query: registration does this before it locks the counter.
     */
    public Prepared prepare(Document d, String reader) {
        return new Prepared(d, people(d), links(d, reader), files(d));
    }

    /**
     * {@link #prepare} for a document being registered in this transaction, without the three queries
     * for its links and files: it has no files yet, and its only link is the one to the card it is a
     * confirmed duplicate of, if any (made with it).
     */
    public Prepared prepareNew(Document d, String reader, Document duplicateOf) {
        List<LinkView> links = new ArrayList<>();
        if (duplicateOf != null) {
            outgoing(LinkType.RELATED_TO, duplicateOf, reader).ifPresent(links::add);
        }
        return new Prepared(d, people(d), links, List.of());
    }

    private Map<Long, Person> people(Document d) {
        List<Long> userIds = new ArrayList<>();
        for (ParticipantRole role :
                List.of(ParticipantRole.SIGNATORY, ParticipantRole.ADDRESSEE, ParticipantRole.EXECUTOR)) {
            userIds.addAll(d.participantIds(role));
        }
        return people(userIds);
    }

    /** A document with the people, links and files its card shows. */
    public record Prepared(Document d, Map<Long, Person> people, List<LinkView> links, List<FileView> files) {

        /** The card as the document stands now. */
        public RegistrationCard card() {
            Correspondence from = d.correspondence();
            return new RegistrationCard(
                    d.id(),
                    d.organisation().code(),
                    d.journal().code(),
                    d.kind() == null ? null : d.kind().name(),
                    d.registrationNumber(),
                    d.number().year(),
                    d.number().sequence(),
                    d.status().name(),
                    d.title(),
                    d.documentType(),
                    d.documentDate(),
                    d.restricted(),
                    d.department() == null ? null : d.department().code(),
                    from.correspondent() == null ? null : CorrespondentView.of(from.correspondent()),
                    from.senderNumber(),
                    from.senderDate(),
                    from.signatoryName(),
                    first(d.participantIds(ParticipantRole.SIGNATORY), people),
                    d.participantIds(ParticipantRole.ADDRESSEE).stream()
                            .map(people::get)
                            .sorted(Comparator.comparing(Person::fullName))
                            .toList(),
                    d.addresseeCorrespondents().stream()
                            .sorted(Comparator.comparing(Correspondent::name))
                            .map(CorrespondentView::of)
                            .toList(),
                    first(d.participantIds(ParticipantRole.EXECUTOR), people),
                    d.text(),
                    RequisiteValues.of(d),
                    d.control().onControl(),
                    d.control().deadline(),
                    d.control().derived(),
                    d.filing().caseIndex(),
                    d.filing().nomenclatureCase() == null
                            ? null
                            : d.filing().nomenclatureCase().title(),
                    d.duplicateOf() == null ? null : reference(d.duplicateOf()),
                    links,
                    files,
                    d.registeredAt(),
                    d.registeredBy(),
                    d.editedAt(),
                    d.editedBy(),
                    d.cancelledAt(),
                    d.cancellationReason(),
                    d.version());
        }
    }

    static DocumentReference reference(Document d) {
        return new DocumentReference(d.id(), d.registrationNumber(), d.title(), d.registeredAt());
    }

    static FileView file(DocumentFile f) {
        return new FileView(
                f.id(),
                f.fileName(),
                f.mediaType(),
                f.size(),
                f.pages(),
                f.sha256(),
                f.textStatus(),
                f.uploadedAt(),
                f.uploadedBy());
    }

    /** The links of the document from both ends, leaving out documents the reader may not read. */
    public List<LinkView> links(Document d, String reader) {
        List<LinkView> links = new ArrayList<>();
        for (DocumentLink link : repository.linksFrom(d)) {
            outgoing(link, reader).ifPresent(links::add);
        }
        for (DocumentLink link : repository.linksTo(d)) {
            if (access.canRead(reader, link.from().id()).allowed()) {
                links.add(new LinkView(
                        link.type().name(),
                        "INCOMING",
                        link.type().backward() + " № " + link.from().registrationNumber(),
                        reference(link.from())));
            }
        }
        return links;
    }

    /** A link from the document, as its card shows it, if the reader may read the other document. */
    private Optional<LinkView> outgoing(DocumentLink link, String reader) {
        return outgoing(link.type(), link.to(), reader);
    }

    private Optional<LinkView> outgoing(LinkType type, Document to, String reader) {
        if (!access.canRead(reader, to.id()).allowed()) {
            return Optional.empty();
        }
        return Optional.of(
                new LinkView(type.name(), "OUTGOING", type.forward() + " № " + to.registrationNumber(), reference(to)));
    }

    private List<FileView> files(Document d) {
        return repository.filesOf(d).stream().map(CardViews::file).toList();
    }

    private Map<Long, Person> people(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", userIds)
                .getResultStream()
                .collect(Collectors.toMap(UserAccount::id, u -> new Person(u.username(), u.fullName()), (a, b) -> a));
    }

    private static Person first(List<Long> ids, Map<Long, Person> people) {
        return ids.stream().map(people::get).findFirst().orElse(null);
    }
}
