package ru.gramota.registry.access;

import java.util.Set;

/** What the access policy needs to know of one document. */
record DocumentFacts(
        long organisationId,
        boolean restricted,
        Set<Long> participantUserIds,
        Set<Long> recipientOrganisationIds,
        Set<Long> grantedUserIds) {}
