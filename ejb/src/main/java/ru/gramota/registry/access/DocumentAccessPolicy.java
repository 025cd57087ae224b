package ru.gramota.registry.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may read a document: the one place that decides, as a check of one document ({@link #read})
 * and as a query condition for lists and search ({@link #readFilter}). The two say the same thing;
 * the tests hold them to it.
 *
 * <ol>
 *   <li>Nothing is visible unless a rule below allows it.
 *   <li>An organisation's registry (registry clerks) sees the documents registered in it and those
 *       sent to it, ДСП or not.
 *   <li>The people who work on a document (author, addressees, executors, controllers) see it, ДСП or
 *       not.
 *   <li>People granted access explicitly see the document, ДСП or not.
 *   <li>Managers, controllers and archivists of an organisation see its documents that are not ДСП.
 *   <li>Nothing else: no role sees another organisation's documents unless they were sent to it;
 *       system and dispatch administrators administer but do not read documents.
 * </ol>
 *
 * Every read of a ДСП document is recorded in the audit trail.
 *
 * <p>Search applies the same rules as keys ({@link #readerKeys(DocumentFacts)} on each indexed
 * document, {@link #readerKeys(AccessSubject)} for the reader): a document is found by whoever holds one
 * of its keys.
 */
final class DocumentAccessPolicy {

    private static final String REGISTRY = "registry:";
    private static final String USER = "user:";
    private static final String OVERSEER = "overseer:";

    private DocumentAccessPolicy() {}

    public static AccessDecision read(AccessSubject who, DocumentFacts document) {
        boolean audited = document.restricted();
        if (who.registryOrganisations().contains(document.organisationId())) {
            return new AccessDecision(true, "registry of the registering organisation", audited);
        }
        if (!Collections.disjoint(who.registryOrganisations(), document.recipientOrganisationIds())) {
            return new AccessDecision(true, "registry of an organisation it was sent to", audited);
        }
        if (document.participantUserIds().contains(who.userId())) {
            return new AccessDecision(true, "works on the document", audited);
        }
        if (document.grantedUserIds().contains(who.userId())) {
            return new AccessDecision(true, "granted access explicitly", audited);
        }
        if (!document.restricted() && who.overseenOrganisations().contains(document.organisationId())) {
            return new AccessDecision(true, "manager, controller or archivist of the organisation", false);
        }
        return new AccessDecision(
                false,
                document.restricted()
                        ? "ДСП: only its registry, the people who work on it and those granted access"
                        : "neither its registry, nor working on it, nor granted access, nor overseeing its"
                                + " organisation",
                false);
    }

    /**
     * The same rules as the keys of those who may read the document: its organisation's registry and
     * those of the organisations it was sent to, each person who works on it or was granted it, and,
     * unless it is ДСП, the overseers of its organisation.
     */
    public static Set<String> readerKeys(DocumentFacts document) {
        Set<String> keys = new HashSet<>();
        keys.add(REGISTRY + document.organisationId());
        document.recipientOrganisationIds().forEach(o -> keys.add(REGISTRY + o));
        document.participantUserIds().forEach(u -> keys.add(USER + u));
        document.grantedUserIds().forEach(u -> keys.add(USER + u));
        if (!document.restricted()) {
            keys.add(OVERSEER + document.organisationId());
        }
        return keys;
    }

    /** The keys a reader holds: their registries, themselves, the organisations they oversee. */
    public static Set<String> readerKeys(AccessSubject who) {
        Set<String> keys = new HashSet<>();
        who.registryOrganisations().forEach(o -> keys.add(REGISTRY + o));
        keys.add(USER + who.userId());
        who.overseenOrganisations().forEach(o -> keys.add(OVERSEER + o));
        return keys;
    }

    /** The same rules as a JPQL condition on the document {@code d}. */
    public static DocumentFilter readFilter(AccessSubject who) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("accessUser", who.userId());
        if (!who.registryOrganisations().isEmpty()) {
            parameters.put("accessRegistries", who.registryOrganisations());
            any.add("d.organisation.id in :accessRegistries");
            any.add("exists (select r from DocumentRecipient r where r.document = d"
                    + " and r.organisation.id in :accessRegistries)");
        }
        any.add("exists (select p from DocumentParticipant p where p.document = d and p.id.userId = :accessUser)");
        any.add("exists (select g from DocumentAccessGrant g where g.id.documentId = d.id"
                + " and g.id.userId = :accessUser)");
        if (!who.overseenOrganisations().isEmpty()) {
            parameters.put("accessOverseen", who.overseenOrganisations());
            any.add("(d.restricted = false and d.organisation.id in :accessOverseen)");
        }
        return new DocumentFilter("(" + String.join(" or ", any) + ")", parameters, who.registryOrganisations());
    }
}
