package ru.gramota.batch.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import ru.gramota.batch.generator.RegionalDirectory.District;

/**
 * Summaries [заголовки] of generated documents, in the words real registries use: templates with
 * places, streets, programmes, seasons and periods filled in, one set per kind of document. Each
 * kind has several hundred thousand distinct summaries, so that full-text search and the lists look
 * like a real year's registrations.
 */
final class Summaries {

    private static final List<String> INFORMATION_TOPICS = List.of(
            "подготовке к отопительному сезону",
            "ходе подготовки к весеннему паводку",
            "исполнении муниципальной программы «Развитие автомобильных дорог»",
            "численности детей, нуждающихся в летнем отдыхе",
            "состоянии противопожарного водоснабжения",
            "ходе реализации национального проекта «Жильё и городская среда»",
            "кредиторской задолженности муниципальных учреждений",
            "переселении граждан из аварийного жилищного фонда",
            "обеспечении жильём детей-сирот",
            "работе с обращениями граждан",
            "вакцинации населения",
            "мерах поддержки участников специальной военной операции и членов их семей",
            "исполнении бюджета",
            "заработной плате работников бюджетной сферы",
            "состоянии уличного освещения",
            "подготовке образовательных организаций к новому учебному году",
            "организации летней оздоровительной кампании",
            "количестве безнадзорных животных",
            "ремонте объектов культуры",
            "благоустройстве общественных территорий",
            "ликвидации несанкционированных свалок",
            "работе пассажирского транспорта",
            "обеспечении населения питьевой водой",
            "проведении капитального ремонта многоквартирных домов",
            "газификации населённых пунктов",
            "оформлении бесхозяйных объектов",
            "земельных участках многодетным семьям",
            "исполнении предписаний надзорных органов",
            "мерах по профилактике пожаров в жилом секторе",
            "развитии малого и среднего предпринимательства");

    private static final List<String> PERIODS = List.of(
            "{year}–{next} гг.",
            "за I квартал {year} г.",
            "за первое полугодие {year} г.",
            "за 9 месяцев {year} г.",
            "за {year} год",
            "по состоянию на 1 {month} {year} г.");

    private static final List<String> MONTHS_GENITIVE = List.of(
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря");

    private static final List<String> PROGRAMMES = List.of(
            "Развитие автомобильных дорог",
            "Комфортная городская среда",
            "Развитие образования",
            "Чистая вода",
            "Культура малой родины",
            "Энергосбережение и повышение энергетической эффективности",
            "Развитие физической культуры и спорта",
            "Обеспечение безопасности жизнедеятельности населения",
            "Поддержка местных инициатив",
            "Доступная среда",
            "Молодёжь района",
            "Развитие сельского хозяйства");

    private static final List<String> FACILITIES = List.of(
            "здания сельского дома культуры",
            "кровли средней общеобразовательной школы № {n}",
            "фельдшерско-акушерского пункта",
            "водопроводных сетей",
            "котельной № {n}",
            "спортивной площадки",
            "пешеходного моста через реку",
            "детского сада № {n}",
            "здания администрации сельсовета",
            "теплотрассы по ул. {street}",
            "участка уличного освещения по ул. {street}",
            "водонапорной башни",
            "мемориала воинам Великой Отечественной войны",
            "библиотеки",
            "автобусной остановки по ул. {street}");

    /** Works on a facility: "о ремонте", "на ремонт", "для ремонта", in the same order. */
    private static final List<String> ACTIONS = List.of(
            "ремонте", "капитальном ремонте", "строительстве", "реконструкции", "проектировании", "обследовании");

    private static final List<String> ACTIONS_ACCUSATIVE =
            List.of("ремонт", "капитальный ремонт", "строительство", "реконструкцию", "проектирование", "обследование");

    private static final List<String> ACTIONS_GENITIVE = List.of(
            "ремонта", "капитального ремонта", "строительства", "реконструкции", "проектирования", "обследования");

    private static final List<String> LAWS = List.of(
            "законодательства о контрактной системе",
            "законодательства о муниципальной службе",
            "законодательства о порядке рассмотрения обращений граждан",
            "законодательства о противодействии коррупции",
            "требований пожарной безопасности",
            "законодательства о безопасности дорожного движения",
            "жилищного законодательства",
            "законодательства об охране окружающей среды");

    private static final List<String> INSPECTIONS = List.of(
            "соблюдения законодательства о контрактной системе",
            "целевого использования субсидии",
            "соблюдения требований пожарной безопасности",
            "исполнения законодательства о муниципальной службе",
            "соблюдения жилищного законодательства",
            "исполнения законодательства об обращениях граждан",
            "соблюдения санитарно-эпидемиологических требований",
            "использования муниципального имущества");

    private static final List<String> APPEAL_ISSUES = List.of(
            "благоустройства двора",
            "ремонта дороги",
            "ремонта кровли",
            "отсутствия уличного освещения",
            "вывоза твёрдых коммунальных отходов",
            "подачи холодной воды",
            "низкой температуры в квартире",
            "сноса аварийного дерева",
            "отлова безнадзорных собак",
            "установки детской площадки",
            "ремонта подъезда",
            "переселения из аварийного дома",
            "очистки дороги от снега",
            "подтопления придомовой территории",
            "шума от кафе",
            "незаконной парковки на газоне",
            "расчёта платы за отопление",
            "открытия автобусного маршрута",
            "ремонта тротуара",
            "установки пешеходного перехода у школы");

    private static final List<String> APPLICATIONS = List.of(
            "предоставлении жилого помещения по договору социального найма",
            "постановке на учёт в качестве нуждающегося в жилом помещении",
            "предоставлении земельного участка многодетной семье",
            "выдаче разрешения на строительство индивидуального жилого дома",
            "предоставлении материальной помощи",
            "присвоении адреса жилому дому",
            "выдаче архивной справки о стаже",
            "зачислении ребёнка в детский сад",
            "выделении места на кладбище",
            "согласовании перепланировки квартиры");

    private static final List<String> EVENTS = List.of(
            "районного смотра-конкурса «Лучшее подворье»",
            "Дня села",
            "месячника по благоустройству",
            "акции «Бессмертный полк»",
            "публичных слушаний по проекту бюджета",
            "спартакиады школьников",
            "ярмарки выходного дня",
            "учений по гражданской обороне",
            "праздника «Проводы русской зимы»",
            "выездного приёма граждан");

    private static final List<String> COMMISSIONS = List.of(
            "по предупреждению и ликвидации чрезвычайных ситуаций и обеспечению пожарной безопасности",
            "по делам несовершеннолетних и защите их прав",
            "по безопасности дорожного движения",
            "по соблюдению требований к служебному поведению муниципальных служащих",
            "по приёмке выполненных работ",
            "по подготовке к отопительному сезону",
            "по землепользованию и застройке",
            "по противодействию коррупции");

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Summaries() {}

    /** Fills {place}, {street}, {n}, {year}, {next}, {month} of a template. */
    private static String fill(String template, SplittableRandom random, int year) {
        String text = template;
        if (text.contains("{street}")) {
            text = text.replace(
                    "{street}", RegionalDirectory.STREETS.get(random.nextInt(RegionalDirectory.STREETS.size())));
        }
        if (text.contains("{n}")) {
            text = text.replace("{n}", Integer.toString(1 + random.nextInt(25)));
        }
        if (text.contains("{month}")) {
            text = text.replace("{month}", MONTHS_GENITIVE.get(random.nextInt(12)));
        }
        return text.replace("{year}", Integer.toString(year)).replace("{next}", Integer.toString(year + 1));
    }

    private static <T> T any(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static District district(SplittableRandom random) {
        return any(RegionalDirectory.DISTRICTS, random);
    }

    /** A date up to {@code days} days before (negative) or after (positive) the day, as 05.03.2026. */
    private static String date(SplittableRandom random, LocalDate on, int days) {
        int offset = 1 + random.nextInt(Math.abs(days));
        return on.plusDays(days < 0 ? -offset : offset).format(DOTTED);
    }

    /** Nothing, a district, or the letter answered: "", " в Искитимском районе", " (на № 1234 от 05.03.2026)". */
    private static String reference(SplittableRandom random, LocalDate on) {
        return switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> " в " + district(random).prepositional() + " районе";
            default -> " (на № " + (1 + random.nextInt(9000)) + " от " + date(random, on, -30) + ")";
        };
    }

    /** "о подготовке", but "об исполнении": the preposition before a vowel. */
    private static String about(String topic) {
        return ("аеиоуэ".indexOf(topic.charAt(0)) >= 0 ? "об " : "о ") + topic;
    }

    private static String period(SplittableRandom random, int year) {
        return fill(any(PERIODS, random), random, year);
    }

    private static String facility(SplittableRandom random, int year) {
        return fill(any(FACILITIES, random), random, year);
    }

    private static String address(SplittableRandom random) {
        return "по ул. " + RegionalDirectory.street(random) + ", "
                + district(random).place();
    }

    private static String pick(SplittableRandom random, List<Function<SplittableRandom, String>> templates) {
        return templates.get(random.nextInt(templates.size())).apply(random);
    }

    /** A letter from an organisation to the region's body or municipality. */
    static String incoming(SplittableRandom random, LocalDate on) {
        int year = on.getYear();
        return pick(
                random,
                List.of(
                        r -> {
                            District from = district(r);
                            District to = district(r);
                            return "О ремонте автомобильной дороги " + from.centre() + " – "
                                    + (from == to
                                            ? any(RegionalDirectory.DISTRICTS, r)
                                                    .centre()
                                            : to.centre());
                        },
                        r -> "О предоставлении информации " + about(any(INFORMATION_TOPICS, r)) + " " + period(r, year)
                                + reference(r, on),
                        r -> "О " + any(ACTIONS, r) + " " + facility(r, year) + " в "
                                + district(r).place(),
                        r -> "О включении в муниципальную программу «" + any(PROGRAMMES, r) + "» "
                                + any(ACTIONS_GENITIVE, r)
                                + " " + facility(r, year) + " (" + district(r).place() + ")",
                        r -> "О результатах проверки " + any(INSPECTIONS, r) + " в администрации "
                                + district(r).genitive() + " района " + period(r, year),
                        r -> "Представление об устранении нарушений " + any(LAWS, r) + " от " + date(r, on, -40) + " № "
                                + (1 + r.nextInt(40)) + "-" + (1 + r.nextInt(900)) + "-" + (year % 100),
                        r -> "О проведении " + any(EVENTS, r) + " в "
                                + district(r).place() + " " + (1 + r.nextInt(28)) + " " + any(MONTHS_GENITIVE, r) + " "
                                + year + " г.",
                        r -> "Об исполнении поручения Губернатора Энской области от " + date(r, on, -60) + " № "
                                + (1 + r.nextInt(300)) + "-ПГ " + about(any(INFORMATION_TOPICS, r)),
                        r -> "О выделении средств на " + any(ACTIONS_ACCUSATIVE, r) + " " + facility(r, year) + " в "
                                + district(r).place(),
                        r -> "О направлении отчёта об исполнении муниципальной программы «" + any(PROGRAMMES, r) + "» "
                                + period(r, year) + reference(r, on)));
    }

    /** A citizen's appeal. */
    static String appeal(SplittableRandom random, LocalDate on) {
        int year = on.getYear();
        return pick(
                random,
                List.of(
                        r -> "Обращение по вопросу " + any(APPEAL_ISSUES, r) + " " + address(r),
                        r -> "Жалоба по вопросу " + any(APPEAL_ISSUES, r) + " " + address(r),
                        r -> "Заявление о " + any(APPLICATIONS, r),
                        r -> "Коллективное обращение жителей " + address(r) + " по вопросу " + any(APPEAL_ISSUES, r),
                        r -> "Предложение о " + any(ACTIONS, r) + " " + facility(r, year) + " в "
                                + district(r).place()));
    }

    /** A letter written here to an organisation. */
    static String outgoing(SplittableRandom random, LocalDate on) {
        int year = on.getYear();
        return pick(
                random,
                List.of(
                        r -> "О предоставлении информации " + about(any(INFORMATION_TOPICS, r)) + " " + period(r, year),
                        r -> "О рассмотрении обращения по вопросу " + any(APPEAL_ISSUES, r) + " " + address(r),
                        r -> "Ответ на запрос от " + date(r, on, -20) + " № " + (1 + r.nextInt(9000)) + " "
                                + about(any(INFORMATION_TOPICS, r)),
                        r -> "О согласовании проекта муниципальной программы «" + any(PROGRAMMES, r) + "»",
                        r -> "О направлении заявки на " + any(ACTIONS_ACCUSATIVE, r) + " " + facility(r, year) + " в "
                                + district(r).place(),
                        r -> "Об участии в проведении " + any(EVENTS, r)));
    }

    /** A memo inside the organisation. */
    static String internal(SplittableRandom random, LocalDate on) {
        int year = on.getYear();
        return pick(
                random,
                List.of(
                        r -> "О подготовке информации " + about(any(INFORMATION_TOPICS, r)) + " " + period(r, year),
                        r -> "О командировании в " + district(r).place() + " для проведения " + any(EVENTS, r),
                        r -> "О рассмотрении обращения по вопросу " + any(APPEAL_ISSUES, r) + " " + address(r),
                        r -> "О замещении начальника отдела на время отпуска с " + date(r, on, 30),
                        r -> "О закупке для " + any(ACTIONS_GENITIVE, r) + " " + facility(r, year),
                        r -> "О нарушении сроков исполнения поручений по программе «" + any(PROGRAMMES, r) + "»"));
    }

    /** An act: постановление, распоряжение or приказ. */
    static String act(SplittableRandom random, LocalDate on) {
        int year = on.getYear();
        return pick(
                random,
                List.of(
                        r -> "Об утверждении муниципальной программы «" + any(PROGRAMMES, r) + "» на " + year + "–"
                                + (year + 2 + r.nextInt(4)) + " годы",
                        r -> "О внесении изменений в постановление администрации от "
                                + date(r, on, -1 - r.nextInt(1500)) + " № " + (1 + r.nextInt(900)),
                        r -> "О создании комиссии " + any(COMMISSIONS, r),
                        r -> "О проведении " + any(EVENTS, r) + " в " + year + " году",
                        r -> "О мерах по "
                                + any(
                                        List.of(
                                                "подготовке к отопительному сезону",
                                                "обеспечению безопасности людей на водных объектах",
                                                "пропуску весеннего паводка",
                                                "профилактике пожаров в пожароопасный период",
                                                "организации летнего отдыха детей"),
                                        r)
                                + " " + year + " г.",
                        r -> "О присвоении адреса объекту недвижимости " + address(r)));
    }
}
