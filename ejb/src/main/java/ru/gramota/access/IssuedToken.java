package ru.gramota.access;

import java.time.Instant;

/** A bearer token just issued: the token itself (shown this once) and when it expires at the latest. */
public record IssuedToken(String token, Instant expiresAt, String username) {}
