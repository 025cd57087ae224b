package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.access.Role;
import ru.gramota.access.SignedInUser;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Organisations;

/** The integration-test server runs with GRAMOTA_DEMO_DATA=true (see it/pom.xml). */
@ExtendWith(ArquillianExtension.class)
class DemoRegionIT {

    private static final List<String> DEMO_USERS = List.of(
            "clerk.gov",
            "manager.gov",
            "executor.gov",
            "controller.gov",
            "archivist.gov",
            "dispatch.gov",
            "sysadmin.gov",
            "clerk.sev",
            "manager.sev",
            "clerk.rec",
            "clerk.les");

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private UserAccounts accounts;

    @EJB
    private Organisations organisations;

    @Test
    void theDemoRegionHasAGovernmentAndThreeMunicipalities() {
        for (String code : List.of("GOV", "MR-SEV", "GO-REC", "SP-LES")) {
            assertTrue(organisations.byCode(code).isPresent(), code);
        }
        assertTrue(organisations.childrenOf("MR-SEV").stream()
                .anyMatch(o -> o.code().equals("SP-LES")));
    }

    @Test
    void demoUsersSignInWithTheDemoPasswordAndBetweenThemHoldEveryRole() {
        char[] password = System.getenv("GRAMOTA_DEMO_PASSWORD").toCharArray();
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (String username : DEMO_USERS) {
            SignedInUser user = accounts.signIn(username, password, "test")
                    .user()
                    .orElseThrow(() -> new AssertionError(username + " cannot sign in"));
            held.addAll(user.roles().stream().map(Role::valueOf).collect(Collectors.toSet()));
        }
        assertEquals(EnumSet.allOf(Role.class), held);
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        assertTrue(accounts.signIn("clerk.gov", "wrong".toCharArray(), "test")
                .user()
                .isEmpty());
        assertTrue(
                accounts.signIn("nobody", "wrong".toCharArray(), "test").user().isEmpty());
    }
}
