package ru.gramota.platform;

/** The name of this server node in a cluster, as WildFly knows it; a plain host name otherwise. */
public final class NodeName {

    private NodeName() {}

    public static String current() {
        return System.getProperty("jboss.node.name", System.getProperty("jboss.host.name", "gramota"));
    }
}
