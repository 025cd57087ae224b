package ru.gramota.registry.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.gramota.access.Role;

/**
 * Search finds a document by keys ({@link DocumentAccessPolicy#readerKeys}); the check of one document
 * decides by rules. Over every combination of a small region (two organisations, two people, every
 * role, ДСП or not, sent or not, worked on or granted), the two must agree exactly.
 */
class ReaderKeysTest {

    private static final long[] ORGANISATIONS = {1, 2};
    private static final long[] PEOPLE = {10, 11};
    private static final List<Role> ROLES = List.of(
            Role.REGISTRY_CLERK, Role.MANAGER, Role.CONTROLLER, Role.ARCHIVIST, Role.EXECUTOR, Role.SYSTEM_ADMIN);

    @Test
    void keysFindADocumentForExactlyThoseTheRulesLetReadIt() {
        List<AccessSubject> readers = readers();
        List<DocumentFacts> documents = documents();
        int allowed = 0;
        for (AccessSubject reader : readers) {
            Set<String> held = DocumentAccessPolicy.readerKeys(reader);
            for (DocumentFacts document : documents) {
                boolean byRules = DocumentAccessPolicy.read(reader, document).allowed();
                boolean byKeys = !Collections.disjoint(held, DocumentAccessPolicy.readerKeys(document));
                assertEquals(byRules, byKeys, reader + " reading " + document);
                allowed += byRules ? 1 : 0;
            }
        }
        int total = readers.size() * documents.size();
        assertTrue(allowed > total / 10 && allowed < total, allowed + " of " + total + " allowed: both kinds occur");
    }

    @Test
    void aRestrictedDocumentHasNoOverseerKeyAndAnOrdinaryOneHas() {
        Set<String> ordinary =
                DocumentAccessPolicy.readerKeys(new DocumentFacts(1, false, Set.of(), Set.of(), Set.of()));
        Set<String> restricted =
                DocumentAccessPolicy.readerKeys(new DocumentFacts(1, true, Set.of(), Set.of(), Set.of()));
        assertEquals(Set.of("registry:1", "overseer:1"), ordinary);
        assertEquals(Set.of("registry:1"), restricted);
    }

    /** One person with one role in one organisation, for every person, role and organisation; and nobody. */
    private static List<AccessSubject> readers() {
        List<AccessSubject> readers = new ArrayList<>();
        for (long person : PEOPLE) {
            readers.add(new AccessSubject(person, Map.of()));
            for (Role role : ROLES) {
                for (long organisation : ORGANISATIONS) {
                    Map<Role, Set<Long>> roles = new EnumMap<>(Role.class);
                    roles.put(role, Set.of(organisation));
                    readers.add(new AccessSubject(person, roles));
                }
            }
            Map<Role, Set<Long>> both = new EnumMap<>(Role.class);
            both.put(Role.REGISTRY_CLERK, Set.of(1L));
            both.put(Role.MANAGER, Set.of(2L));
            readers.add(new AccessSubject(person, both));
        }
        return readers;
    }

    private static List<DocumentFacts> documents() {
        List<Set<Long>> people = List.of(Set.of(), Set.of(10L), Set.of(11L), Set.of(10L, 11L));
        List<Set<Long>> organisations = List.of(Set.of(), Set.of(1L), Set.of(2L), Set.of(1L, 2L));
        List<DocumentFacts> documents = new ArrayList<>();
        for (long organisation : ORGANISATIONS) {
            for (boolean restricted : new boolean[] {false, true}) {
                for (Set<Long> participants : people) {
                    for (Set<Long> recipients : organisations) {
                        for (Set<Long> granted : people) {
                            documents.add(
                                    new DocumentFacts(organisation, restricted, participants, recipients, granted));
                        }
                    }
                }
            }
        }
        return documents;
    }
}
