package ru.gramota.registry;

/** The kinds of document a journal registers. */
public enum DocumentKind {
    INCOMING("Входящий"),
    OUTGOING("Исходящий"),
    INTERNAL("Внутренний"),
    /** Постановление, распоряжение, приказ; normative acts [НПА] among them. */
    ACT("Распорядительный документ"),
    CITIZEN_APPEAL("Обращение гражданина");

    private final String russianName;

    DocumentKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
