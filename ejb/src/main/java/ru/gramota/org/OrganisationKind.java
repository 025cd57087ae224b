package ru.gramota.org;

/** What an organisation is within the region; the names in the user interface are Russian. */
public enum OrganisationKind {
    /** Субъект РФ: the region as a whole, the root of the tree. */
    REGION("Субъект Российской Федерации"),
    /** Орган исполнительной власти: the government, a ministry, a committee. */
    EXECUTIVE_BODY("Орган исполнительной власти"),
    /** Муниципальный район. */
    MUNICIPAL_DISTRICT("Муниципальный район"),
    /** Городской округ. */
    CITY_DISTRICT("Городской округ"),
    /** Городское или сельское поселение. */
    SETTLEMENT("Поселение"),
    /** Подведомственное учреждение: a school, a hospital. */
    INSTITUTION("Подведомственное учреждение");

    private final String russianName;

    OrganisationKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
