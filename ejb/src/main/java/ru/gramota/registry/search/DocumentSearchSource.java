package ru.gramota.registry.search;

import static ru.gramota.registry.Documents.DOCUMENT;
import static ru.gramota.registry.Documents.DOCUMENT_FILE;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.Correspondence;
import ru.gramota.registry.Document;
import ru.gramota.registry.access.DocumentReaders;
import ru.gramota.search.IndexRecord;
import ru.gramota.search.SearchSchema.Facet;
import ru.gramota.search.SearchSchema.Field;
import ru.gramota.search.SearchSource;

/**
 * Registration cards for the search index: number, summary, type, correspondent with its number and
 * date, addressees, signatory, executor, kind, journal, organisation, status, dates, case, the
 * text of the attached files, and what other features add ({@link DocumentParts}); with the keys of
 * who may read each card. A batch of cards is read in a fixed handful of queries, whatever its size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DocumentSearchSource implements SearchSource {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private DocumentReaders readers;

    @Inject
    private BusinessTime time;

    @Inject
    @Any
    private Instance<DocumentParts> otherParts;

    @Override
    public String entityType() {
        return DOCUMENT;
    }

    @Override
    public Set<String> journalTypes() {
        return Set.of(DOCUMENT, DOCUMENT_FILE);
    }

    @Override
    public Collection<Long> owners(String journalType, Collection<Long> ids) {
        if (!DOCUMENT_FILE.equals(journalType)) {
            return ids;
        }
        return em.createQuery("select distinct f.document.id from DocumentFile f where f.id in :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Long> ids(long after, int limit) {
        return em.createQuery("select d.id from Document d where d.id > :after order by d.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Span span() {
        Object[] row = em.createQuery("select min(d.id), max(d.id), count(d) from Document d", Object[].class)
                .getSingleResult();
        return row[0] == null
                ? new Span(0, 0, 0)
                : new Span(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    @Override
    public List<IndexRecord> records(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Document> documents = em.createQuery(
                        "select d from Document d join fetch d.organisation"
                                + " left join fetch d.number.journal"
                                + " left join fetch d.correspondence.correspondent"
                                + " left join fetch d.filing.nomenclatureCase"
                                + " where d.id in :ids",
                        Document.class)
                .setParameter("ids", ids)
                .setHint("org.hibernate.readOnly", true)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        CardParts parts = CardParts.read(em, ids, readers.grants(ids));
        List<Map<Long, List<DocumentParts.Value>>> more = new ArrayList<>();
        otherParts.forEach(p -> more.add(p.of(ids)));
        List<IndexRecord> records = new ArrayList<>(documents.size());
        for (Document document : documents) {
            IndexRecord record = record(document, parts);
            more.forEach(m -> m.getOrDefault(document.id(), List.of()).forEach(v -> record.add(v.field(), v.text())));
            records.add(record);
        }
        return records;
    }

    /** The correspondent, the case, and the people named on the card. */
    private static void describePeople(
            IndexRecord record, Document d, List<CardParts.Participant> people, CardParts parts) {
        Correspondence correspondence = d.correspondence();
        if (correspondence != null) {
            record.add(Field.SENDER_NUMBER, correspondence.senderNumber())
                    .add(Field.SIGNATORY, correspondence.signatoryName())
                    .date(Field.SENDER_DATE, correspondence.senderDate());
            if (correspondence.correspondent() != null) {
                record.add(Field.CORRESPONDENT, correspondence.correspondent().name());
            }
        }
        if (d.filing() != null && d.filing().nomenclatureCase() != null) {
            record.add(Field.CASE, d.filing().nomenclatureCase().index());
        }
        for (CardParts.Participant p : people) {
            Field field = switch (p.role()) {
                case ADDRESSEE -> Field.ADDRESSEE;
                case SIGNATORY -> Field.SIGNATORY;
                case EXECUTOR -> Field.EXECUTOR;
                case AUTHOR, CONTROLLER, ASSIGNED -> null;
            };
            if (field != null) {
                record.add(field, parts.name(p.userId()));
            }
        }
        parts.addressees(d.id()).forEach(name -> record.add(Field.ADDRESSEE, name));
        parts.recipients(d.id()).values().forEach(name -> record.add(Field.ADDRESSEE, name));
    }

    private IndexRecord record(Document d, CardParts parts) {
        long id = d.id();
        LocalDate registered = d.registeredAt() == null
                ? null
                : d.registeredAt().atZone(time.zone()).toLocalDate();
        LocalDate date = registered != null ? registered : d.documentDate();
        IndexRecord record = IndexRecord.of(DOCUMENT, id)
                .shown(d.registrationNumber(), d.title(), date)
                .add(Field.NUMBER, d.registrationNumber())
                .add(Field.TITLE, d.title())
                .add(Field.TEXT, d.text())
                .add(Field.DOCUMENT_TYPE, d.documentType())
                .add(Field.KIND, d.kind() == null ? null : d.kind().name())
                .add(Field.KIND, d.kind() == null ? null : d.kind().russianName())
                .add(Field.ORGANISATION, d.organisation().code())
                .add(Field.ORGANISATION, d.organisation().name())
                .add(Field.STATUS, d.status().name())
                .date(Field.DATE, date)
                .facet(Facet.KIND, d.kind() == null ? null : d.kind().name())
                .facet(Facet.YEAR, date == null ? null : Integer.toString(date.getYear()))
                .facet(Facet.ORGANISATION, d.organisation().code())
                .facet(Facet.STATUS, d.status().name());
        if (d.journal() != null) {
            String journal = d.organisation().code() + "/" + d.journal().code();
            record.add(Field.JOURNAL, journal)
                    .add(Field.JOURNAL, d.journal().code())
                    .facet(Facet.JOURNAL, journal);
        }
        List<CardParts.Participant> people = parts.participants(id);
        describePeople(record, d, people, parts);
        parts.files(id).forEach(file -> record.file(file.name(), file.text()));
        Set<Long> participantIds = new HashSet<>();
        people.forEach(p -> participantIds.add(p.userId()));
        return record.readers(readers.keysOf(
                d.organisation().id(),
                d.restricted(),
                participantIds,
                parts.recipients(id).keySet(),
                parts.grants(id)));
    }
}
