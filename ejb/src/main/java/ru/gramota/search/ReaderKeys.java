package ru.gramota.search;

import java.util.Set;

/**
 * The access policy as search applies it inside the query: each record carries the keys of those who
 * may read it ({@link IndexRecord#readers}), each person holds keys, and a record is found by whoever
 * holds one of its keys. The feature that owns the policy offers the one implementation, and keeps
 * both sides of the rule beside the rule itself.
 */
public interface ReaderKeys {

    /** The keys a person holds; none for an unknown or inactive account. */
    Set<String> of(String username);
}
