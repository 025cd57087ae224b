package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccounts;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditTrail;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Documents;
import ru.gramota.registry.ParticipantRole;
import ru.gramota.registry.access.DocumentAccess;

/**
 * The access policy over a small generated region: two organisations, a person for each role, and
 * documents that exercise each rule. For every person and document, the check of one document and
 * the list filter must both give the expected answer.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentAccessPolicyIT {

    private static final String PASSWORD = "Dostup-Proverka-2026";

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private Organisations organisations;

    @EJB
    private UserAccounts accounts;

    @EJB
    private Documents registry;

    @EJB
    private DocumentAccess access;

    @EJB
    private AuditTrail audit;

    @Test
    void eachRuleShowsTheDocumentToExactlyThosePeople() {
        Region region = new Region();
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        readers.put("plain", Set.of("clerkA", "managerA", "controllerA", "archivistA", "workerA"));
        readers.put("restricted", Set.of("clerkA", "workerA"));
        readers.put("sentToB", Set.of("clerkA", "managerA", "controllerA", "archivistA", "clerkB"));
        readers.put("restrictedSentToB", Set.of("clerkA", "clerkB"));
        readers.put("restrictedGranted", Set.of("clerkA", "grantee"));

        List<String> wrong = new ArrayList<>();
        for (String person : region.people.keySet()) {
            Set<Long> listed = new HashSet<>(access.readableDocumentIds(region.people.get(person), 10_000));
            for (var document : readers.entrySet()) {
                long id = region.documents.get(document.getKey());
                boolean expected = document.getValue().contains(person);
                boolean checked = access.canRead(region.people.get(person), id).allowed();
                if (checked != expected) {
                    wrong.add(person + " / " + document.getKey() + ": check says " + checked);
                }
                if (listed.contains(id) != expected) {
                    wrong.add(person + " / " + document.getKey() + ": list says " + listed.contains(id));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void readingARestrictedDocumentIsAuditedAndReadingAnOrdinaryOneIsNot() {
        Region region = new Region();
        String clerk = region.people.get("clerkA");

        access.open(clerk, region.documents.get("restricted"));
        access.open(clerk, region.documents.get("plain"));

        assertEquals(1, reads(region, "restricted"));
        assertEquals(0, reads(region, "plain"));
    }

    @Test
    void openingADocumentTheUserMayNotReadIsRefusedAsIfItDidNotExist() {
        Region region = new Region();

        assertThrows(
                UnknownEntityException.class,
                () -> access.open(region.people.get("managerB"), region.documents.get("plain")));
        UnknownEntityException foreign = assertThrows(
                UnknownEntityException.class,
                () -> access.open(region.people.get("adminA"), region.documents.get("restricted")));
        UnknownEntityException missing =
                assertThrows(UnknownEntityException.class, () -> access.open(region.people.get("adminA"), -1L));
        assertEquals(foreign.reason(), missing.reason());
    }

    private long reads(Region region, String document) {
        return audit
                .search(new AuditQuery(
                        null, "DOCUMENT", Long.toString(region.documents.get(document)), null, null, null, 100))
                .stream()
                .filter(r -> r.action().equals("READ_RESTRICTED"))
                .count();
    }

    /** Two organisations of a fresh region, a person for each role, and one document per rule. */
    private final class Region {
        final Map<String, String> people = new LinkedHashMap<>();
        final Map<String, Long> documents = new LinkedHashMap<>();
        private final String run = UUID.randomUUID().toString().substring(0, 6);

        Region() {
            String a = organisation("A");
            String b = organisation("B");
            person("clerkA", a, Role.REGISTRY_CLERK);
            person("managerA", a, Role.MANAGER);
            person("controllerA", a, Role.CONTROLLER);
            person("archivistA", a, Role.ARCHIVIST);
            person("executorA", a, Role.EXECUTOR);
            person("workerA", a, Role.EXECUTOR);
            person("adminA", a, Role.SYSTEM_ADMIN);
            person("dispatchA", a, Role.DISPATCH_ADMIN);
            person("clerkB", b, Role.REGISTRY_CLERK);
            person("managerB", b, Role.MANAGER);
            person("grantee", b, Role.EXECUTOR);

            long worker = accounts.require(people.get("workerA")).id();
            long plain = document("plain", a, false);
            registry.addParticipant(plain, worker, ParticipantRole.EXECUTOR);
            long restricted = document("restricted", a, true);
            registry.addParticipant(restricted, worker, ParticipantRole.ADDRESSEE);
            registry.sendTo(document("sentToB", a, false), b);
            registry.sendTo(document("restrictedSentToB", a, true), b);
            access.grant(document("restrictedGranted", a, true), people.get("grantee"));
        }

        private String organisation(String suffix) {
            String code = "IT-" + run + "-" + suffix;
            organisations.create(code, "Организация " + suffix, OrganisationKind.EXECUTIVE_BODY, "REGION");
            return code;
        }

        private void person(String name, String organisation, Role role) {
            String username = ("it." + run + "." + name).toLowerCase();
            accounts.create(username, "Сотрудник " + name, PASSWORD.toCharArray(), organisation);
            accounts.grant(username, role, organisation);
            people.put(name, username);
        }

        private long document(String name, String organisation, boolean restricted) {
            long id = registry.create(organisation, restricted).id();
            documents.put(name, id);
            return id;
        }
    }
}
