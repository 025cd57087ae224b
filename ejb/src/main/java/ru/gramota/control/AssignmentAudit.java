package ru.gramota.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an assignment that the audit trail records; their names and order are part of the hashed record. */
final class AssignmentAudit {

    private AssignmentAudit() {}

    static Map<String, Object> state(Assignment a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("document", a.documentId());
        s.put("resolution", a.resolution().id());
        s.put("parent", a.parent() == null ? null : a.parent().id());
        s.put("executor", a.executor().username());
        s.put("responsible", a.responsible());
        s.put("controller", a.controller().username());
        s.put("deadline", a.deadline().toString());
        s.put("state", a.state().name());
        s.put("report", a.reportText());
        return s;
    }
}
