package ru.gramota.access;

import java.io.Serializable;
import java.util.Set;

/** The outcome of a successful password check: who it is and the role names they hold anywhere. */
public record SignedInUser(String username, String fullName, Set<String> roles) implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
