package ru.gramota.registry;

/** How one document refers to another; the Russian names read from either end of the link. */
public enum LinkType {
    IN_REPLY_TO("в ответ на", "ответ"),
    IN_EXECUTION_OF("во исполнение", "исполнение"),
    RELATED_TO("связан с", "связан с");

    private final String forward;
    private final String backward;

    LinkType(String forward, String backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /** As the linking document shows it: "в ответ на № 12". */
    public String forward() {
        return forward;
    }

    /** As the linked document shows it: "ответ № 34". */
    public String backward() {
        return backward;
    }
}
