package ru.gramota.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditTrail;
import ru.gramota.audit.AuditVerification;

/** The audit trail for the installation's administrators: search it and check its chain. */
@Stateless
public class AuditAdministration {

    @EJB
    private AdministrationRights rights;

    @EJB
    private AuditTrail audit;

    public List<AuditRecordView> search(AuditQuery query) {
        rights.requireInstallationAdministrator();
        return audit.search(query).stream().map(AuditRecordView::of).toList();
    }

    public AuditVerification verify() {
        rights.requireInstallationAdministrator();
        return audit.verify();
    }
}
