package ru.gramota.access;

import ru.gramota.platform.Reason;

/**
 * What signing in, accounts, passwords and rights say. Each constant's name is its
 * stable {@code code}; the texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum AccessReason implements Reason {

    // Sign-in, accounts, passwords, rights
    SIGN_IN_FIRST,
    ACCOUNT_INACTIVE,
    ONLY_ADMINISTRATOR_OF,
    ONLY_REGION_ADMINISTRATOR,
    OWN_ROLES,
    USERNAME_FORMAT,
    EMAIL_FORMAT,
    USERNAME_TAKEN,
    UNKNOWN_USER,
    UNKNOWN_ROLE_GRANT,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_CONTAINS_USERNAME,
    PASSWORD_COMMON,
    PASSWORD_ONE_CHARACTER,
    PASSWORD_NOT_CURRENT,
    PASSWORD_IN_LDAP,

    // Signing in through an OpenID Connect provider
    OIDC_ATTEMPT_UNKNOWN,
    OIDC_PROVIDER_UNAVAILABLE,
    OIDC_PROVIDER_REFUSED,
    OIDC_ANSWER_INVALID,
    OIDC_ACCOUNT_REFUSED;
}
