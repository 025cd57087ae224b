package ru.gramota.access;

import java.util.Hashtable;
import java.util.Objects;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;

/**
 * Checks passwords against an LDAP directory (Active Directory, OpenLDAP, FreeIPA) by binding as the
 * person: the directory says whether the password is right, Gramota keeps the account, its roles and
 * the lockout. The person's DN comes from a pattern such as {@code uid={0},ou=people,dc=region,dc=ru}
 * or {@code {0}@region.local} (Active Directory's user principal name).
 */
final class LdapDirectory {

    /** The directory cannot be asked: not reachable, misconfigured, refusing for another reason. */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String TIMEOUT_MILLIS = "5000";

    private final String url;
    private final String userDnPattern;

    public LdapDirectory(String url, String userDnPattern) {
        this.url = Objects.requireNonNull(url, "url");
        this.userDnPattern = Objects.requireNonNull(userDnPattern, "userDnPattern");
        if (!userDnPattern.contains("{0}")) {
            throw new IllegalArgumentException("The LDAP user DN pattern must contain {0}: " + userDnPattern);
        }
    }

    /**
     * Whether the directory accepts this password for this person. An empty password is refused
     * without asking: LDAP treats a bind with an empty password as anonymous, which "succeeds".
     *
     * @throws UnavailableException if the directory cannot be asked
     */
    public boolean verify(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return false;
        }
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, userDnPattern.replace("{0}", escape(username)));
        environment.put(Context.SECURITY_CREDENTIALS, password.clone());
        environment.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
        environment.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
        try {
            new InitialDirContext(environment).close();
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (NamingException e) {
            throw new UnavailableException("The LDAP directory at " + url + " cannot be asked: " + e.getMessage(), e);
        }
    }

    /** Escapes a value for a DN (RFC 4514), so a user name cannot change the DN it is put into. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = ",+\"\\<>;=".indexOf(c) >= 0
                    || (i == 0 && (c == ' ' || c == '#'))
                    || (i == value.length() - 1 && c == ' ');
            if (c < 0x20) {
                escaped.append(String.format("\\%02x", (int) c));
            } else {
                if (special) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
