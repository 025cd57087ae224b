package ru.gramota.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.gramota.org.Organisation;

/** User accounts: create them, grant roles, check a password at sign-in. */
@Stateless
public class UserAccounts {

    private static final PasswordHash UNKNOWN_USER = PasswordHash.of("no such user".toCharArray());

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    public UserAccount create(String username, String fullName, char[] password) {
        if (byUsername(username).isPresent()) {
            throw new IllegalArgumentException("User name is taken: " + username);
        }
        UserAccount account = new UserAccount(username, fullName, PasswordHash.of(password), clock.instant());
        em.persist(account);
        return account;
    }

    public void grant(String username, Role role, Organisation organisation) {
        UserAccount account =
                byUsername(username).orElseThrow(() -> new IllegalArgumentException("Unknown user: " + username));
        account.grant(role, em.merge(organisation));
    }

    /**
     * Checks a password. An unknown user, a deactivated one and a wrong password all give an empty
     * answer, so that a caller cannot tell which it was.
     */
    public Optional<SignedInUser> signIn(String username, char[] password) {
        Optional<UserAccount> found = byUsername(username);
        if (found.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal which names exist.
            UNKNOWN_USER.matches(password);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.passwordMatches(password) || !account.active()) {
            return Optional.empty();
        }
        return Optional.of(new SignedInUser(
                account.username(),
                account.fullName(),
                account.grants().stream().map(g -> g.role().name()).collect(Collectors.toSet())));
    }

    public boolean anyExist() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0;
    }

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
