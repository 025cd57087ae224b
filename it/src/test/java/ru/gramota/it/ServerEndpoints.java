package ru.gramota.it;

import java.net.URI;

/** Where the integration-test server listens: the usual ports plus the offset from it/pom.xml. */
final class ServerEndpoints {

    private static final int OFFSET = Integer.getInteger("gramota.it.port.offset", 100);

    private ServerEndpoints() {}

    static URI application(String path) {
        return URI.create("http://localhost:" + (8080 + OFFSET) + path);
    }

    static URI management(String path) {
        return URI.create("http://localhost:" + (9990 + OFFSET) + path);
    }
}
