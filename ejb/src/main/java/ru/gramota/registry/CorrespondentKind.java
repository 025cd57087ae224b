package ru.gramota.registry;

/** Who a correspondent is: an organisation, or a citizen (the author of an appeal). */
public enum CorrespondentKind {
    ORGANISATION("Организация"),
    CITIZEN("Гражданин");

    private final String russianName;

    CorrespondentKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
