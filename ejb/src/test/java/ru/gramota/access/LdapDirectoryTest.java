package ru.gramota.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real LDAP server on the loopback interface (UnboundID's in-memory directory). */
class LdapDirectoryTest {

    private static final String PEOPLE = "ou=people,dc=region,dc=ru";
    private static InMemoryDirectoryServer server;
    private static LdapDirectory directory;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=region,dc=ru");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=region,dc=ru", "objectClass: top", "objectClass: domain", "dc: region");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add(
                "dn: uid=ivanova," + PEOPLE,
                "objectClass: inetOrgPerson",
                "uid: ivanova",
                "cn: Иванова Мария Петровна",
                "sn: Иванова",
                "userPassword: Snezhnaya-Zima-2026");
        server.startListening();
        directory = new LdapDirectory("ldap://127.0.0.1:" + server.getListenPort(), "uid={0}," + PEOPLE);
    }

    @AfterAll
    static void stopDirectory() {
        server.shutDown(true);
    }

    @Test
    void theRightPasswordIsAccepted() {
        assertTrue(directory.verify("ivanova", "Snezhnaya-Zima-2026".toCharArray()));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertFalse(directory.verify("ivanova", "Letnyaya-Zhara-2026".toCharArray()));
    }

    @Test
    void anUnknownPersonIsRefused() {
        assertFalse(directory.verify("petrov", "Snezhnaya-Zima-2026".toCharArray()));
    }

    @Test
    void anEmptyPasswordIsRefusedAlthoughLdapWouldTakeItAsAnAnonymousBind() {
        assertFalse(directory.verify("ivanova", new char[0]));
    }

    @Test
    void aUserNameCannotRewriteTheDn() {
        assertFalse(directory.verify("ivanova,ou=people,dc=region,dc=ru", "Snezhnaya-Zima-2026".toCharArray()));
        assertEquals("a\\,b\\=c\\+d", LdapDirectory.escape("a,b=c+d"));
    }

    @Test
    void anUnreachableDirectoryIsReportedNotTakenForAWrongPassword() {
        LdapDirectory nowhere = new LdapDirectory("ldap://127.0.0.1:1", "uid={0}," + PEOPLE);

        assertThrows(LdapDirectory.UnavailableException.class, () -> nowhere.verify("ivanova", "x1".toCharArray()));
    }
}
