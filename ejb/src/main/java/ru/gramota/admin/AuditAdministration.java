package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.function.Predicate;
import ru.gramota.access.AdministrationRights;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditRecord;
import ru.gramota.audit.AuditTrail;
import ru.gramota.audit.AuditVerification;
import ru.gramota.registry.access.RecordedContent;

/**
 * The audit trail for the installation's administrators: search it and check its chain. An
 * administrator administers and does not read documents, so the states of records about documents
 * and citizens they may not read are left out of what they see ({@link RecordedContent}); the chain
 * is checked over the stored records as they are.
 */
@Stateless
public class AuditAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private AuditTrail audit;

    @EJB
    private RecordedContent content;

    public List<AuditRecordView> search(AuditQuery query) {
        rights.requireInstallationAdministrator();
        List<AuditRecord> records = audit.search(query);
        Predicate<AuditRecord> visible = content.visibleTo(rights.caller().username(), records);
        return records.stream()
                .map(r -> visible.test(r) ? AuditRecordView.of(r) : AuditRecordView.redacted(r))
                .toList();
    }

    public AuditVerification verify() {
        rights.requireInstallationAdministrator();
        return audit.verify();
    }
}
