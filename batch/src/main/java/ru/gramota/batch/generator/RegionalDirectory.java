package ru.gramota.batch.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.generator.GeneratorPools.CaseEntry;
import ru.gramota.registry.generator.GeneratorPools.CorrespondentEntry;

/**
 * The correspondents of a generated region: about 300 organisations that write to a regional body
 * or a municipality (regional ministries and services, district administrations, prosecutors, tax,
 * social fund and emergency offices, police, schools, hospitals, utilities), citizens who write
 * appeals, and the cases of a year's nomenclature. Names, addresses and ИНН (with their check
 * digit) are plausible and the same for the same seed, so that a second run finds them and adds
 * nothing.
 */
final class RegionalDirectory {

    static final String REGION = "Энской области";

    /** A district by its centre and the stem of its adjective: Искитим, "Искитимск" → Искитимский район. */
    record District(String centre, String stem, String postcode, boolean town) {

        String adjective() {
            return stem + "ий";
        }

        String genitive() {
            return stem + "ого";
        }

        String dative() {
            return stem + "ому";
        }

        String prepositional() {
            return stem + "ом";
        }

        String feminine() {
            return stem + "ая";
        }

        /** "г. Искитим" or "с. Кочки". */
        String place() {
            return (town ? "г. " : "с. ") + centre;
        }
    }

    static final List<District> DISTRICTS = List.of(
            new District("Искитим", "Искитимск", "633209", true),
            new District("Тогучин", "Тогучинск", "633456", true),
            new District("Черепаново", "Черепановск", "633520", true),
            new District("Маслянино", "Маслянинск", "633564", false),
            new District("Сузун", "Сузунск", "633623", false),
            new District("Ордынское", "Ордынск", "633261", false),
            new District("Кочки", "Кочковск", "632491", false),
            new District("Карасук", "Карасукск", "632868", true),
            new District("Купино", "Купинск", "632735", true),
            new District("Татарск", "Татарск", "632122", true),
            new District("Барабинск", "Барабинск", "632334", true),
            new District("Куйбышев", "Куйбышевск", "632387", true),
            new District("Каргат", "Каргатск", "632402", true),
            new District("Чулым", "Чулымск", "632551", true),
            new District("Коченёво", "Коченёвск", "632640", false),
            new District("Мошково", "Мошковск", "633131", false),
            new District("Болотное", "Болотнинск", "633340", true),
            new District("Колывань", "Колыванск", "633161", false),
            new District("Здвинск", "Здвинск", "632951", false),
            new District("Убинское", "Убинск", "632520", false),
            new District("Венгерово", "Венгеровск", "632241", false),
            new District("Баган", "Баганск", "632770", false),
            new District("Краснозёрское", "Краснозёрск", "632902", false),
            new District("Довольное", "Доволенск", "632450", false),
            new District("Кыштовка", "Кыштовск", "632270", false));

    static final List<String> STREETS = List.of(
            "Ленина",
            "Советская",
            "Мира",
            "Гагарина",
            "Молодёжная",
            "Школьная",
            "Садовая",
            "Набережная",
            "Октябрьская",
            "Кирова",
            "Пушкина",
            "Первомайская",
            "Комсомольская",
            "Лесная",
            "Заречная",
            "Центральная",
            "Строителей",
            "Победы",
            "Партизанская",
            "Нагорная",
            "Рабочая",
            "Луговая",
            "Вокзальная",
            "Чапаева",
            "Свердлова",
            "Карла Маркса",
            "Пролетарская",
            "Зелёная",
            "Северная",
            "40 лет Октября");

    private static final List<String> MINISTRIES = List.of(
            "Министерство транспорта и дорожного хозяйства",
            "Министерство образования",
            "Министерство здравоохранения",
            "Министерство труда и социального развития",
            "Министерство жилищно-коммунального хозяйства и энергетики",
            "Министерство финансов и налоговой политики",
            "Министерство сельского хозяйства",
            "Министерство строительства",
            "Министерство экономического развития",
            "Министерство культуры",
            "Министерство природных ресурсов и экологии",
            "Министерство физической культуры и спорта",
            "Министерство юстиции",
            "Министерство цифрового развития и связи",
            "Министерство промышленности, торговли и развития предпринимательства",
            "Департамент имущества и земельных отношений",
            "Департамент информационной политики",
            "Управление делами Губернатора и Правительства",
            "Государственная жилищная инспекция",
            "Инспекция государственного строительного надзора");

    private static final List<String> REGIONAL_SERVICES = List.of(
            "Прокуратура " + REGION,
            "Управление Федеральной налоговой службы по " + "Энской области",
            "Отделение Фонда пенсионного и социального страхования Российской Федерации по Энской области",
            "Главное управление МЧС России по Энской области",
            "Главное управление МВД России по Энской области",
            "Управление Росреестра по Энской области",
            "Управление Роспотребнадзора по Энской области",
            "Территориальный фонд обязательного медицинского страхования " + REGION,
            "Избирательная комиссия " + REGION,
            "Законодательное Собрание " + REGION,
            "Контрольно-счётная палата " + REGION,
            "Уполномоченный по правам человека в Энской области",
            "Арбитражный суд " + REGION,
            "АО «Энскэнергосбыт»",
            "АО «Региональные электрические сети»",
            "ООО «Газпром межрегионгаз Энск»",
            "ГКУ «Территориальное управление автомобильных дорог " + REGION + "»",
            "ГКУ «Центр занятости населения " + REGION + "»",
            "ГБУ «Многофункциональный центр организации предоставления государственных и муниципальных услуг " + REGION
                    + "»",
            "Региональный фонд капитального ремонта многоквартирных домов " + REGION);

    private static final String[] SURNAMES = {
        "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв"
    };
    private static final String[] MALE_NAMES = {
        "Александр",
        "Сергей",
        "Владимир",
        "Андрей",
        "Алексей",
        "Дмитрий",
        "Николай",
        "Михаил",
        "Игорь",
        "Юрий",
        "Виктор",
        "Евгений",
        "Олег",
        "Павел",
        "Иван"
    };
    private static final String[] FEMALE_NAMES = {
        "Елена",
        "Ольга",
        "Наталья",
        "Татьяна",
        "Ирина",
        "Светлана",
        "Анна",
        "Мария",
        "Людмила",
        "Галина",
        "Валентина",
        "Марина",
        "Екатерина",
        "Надежда",
        "Любовь"
    };
    private static final String[] PATRONYMICS = {
        "Александрович",
        "Сергеевич",
        "Владимирович",
        "Андреевич",
        "Алексеевич",
        "Дмитриевич",
        "Николаевич",
        "Михайлович",
        "Игоревич",
        "Юрьевич",
        "Викторович",
        "Евгеньевич",
        "Олегович",
        "Павлович",
        "Иванович",
        "Петрович",
        "Васильевич",
        "Геннадьевич",
        "Анатольевич",
        "Валерьевич"
    };

    private RegionalDirectory() {}

    /** The organisations and, for appeals, the citizens of the region, the same for the same seed. */
    static List<CorrespondentEntry> correspondents(long seed, int citizens) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CorrespondentEntry> entries = new ArrayList<>();
        String regionalCentre = "630000, г. Энск, ";
        for (int i = 0; i < MINISTRIES.size(); i++) {
            entries.add(organisation(
                    random,
                    MINISTRIES.get(i) + " " + REGION,
                    regionalCentre + "ул. " + STREETS.get(i % 10) + ", д. " + (3 + 2 * i)));
        }
        for (int i = 0; i < REGIONAL_SERVICES.size(); i++) {
            entries.add(organisation(
                    random,
                    REGIONAL_SERVICES.get(i),
                    regionalCentre + "ул. " + STREETS.get((i + 5) % STREETS.size()) + ", д. " + (10 + 3 * i)));
        }
        int taxOffice = 1;
        for (District d : DISTRICTS) {
            String at = d.postcode() + ", Энская обл., " + d.place() + ", ул. ";
            entries.add(organisation(
                    random, "Администрация " + d.genitive() + " района " + REGION, at + "Ленина, д. " + house(random)));
            entries.add(organisation(
                    random,
                    "Совет депутатов " + d.genitive() + " района " + REGION,
                    at + "Ленина, д. " + house(random)));
            entries.add(organisation(random, "Прокуратура " + d.genitive() + " района", at + street(random)));
            entries.add(organisation(
                    random, "Межрайонная ИФНС России № " + (taxOffice++) + " по Энской области", at + street(random)));
            entries.add(organisation(
                    random,
                    "Клиентская служба Отделения СФР по Энской области в " + d.prepositional() + " районе",
                    at + street(random)));
            entries.add(organisation(
                    random,
                    "Отдел надзорной деятельности и профилактической работы по " + d.dative()
                            + " району ГУ МЧС России по Энской области",
                    at + street(random)));
            entries.add(organisation(random, "Отдел МВД России по " + d.dative() + " району", at + street(random)));
            entries.add(organisation(
                    random,
                    "МБОУ «Средняя общеобразовательная школа № " + (1 + random.nextInt(12)) + "» " + d.place(),
                    at + street(random)));
            entries.add(organisation(
                    random, "ГБУЗ «" + d.feminine() + " центральная районная больница»", at + street(random)));
            entries.add(organisation(
                    random, "МУП «Жилищно-коммунальное хозяйство " + d.centre() + "»", at + street(random)));
            entries.add(organisation(
                    random, "Управление образования администрации " + d.genitive() + " района", at + street(random)));
        }
        for (int i = 0; i < citizens; i++) {
            entries.add(citizen(random));
        }
        return entries;
    }

    /** A year's nomenclature: the cases generated documents are filed to. */
    static List<CaseEntry> cases() {
        return List.of(
                new CaseEntry("01-01", "Постановления администрации и документы к ним (подлинники)", null, "ст. 4 а"),
                new CaseEntry(
                        "01-02", "Распоряжения администрации по основной деятельности (подлинники)", null, "ст. 4 а"),
                new CaseEntry(
                        "01-05",
                        "Переписка с федеральными органами власти и их территориальными органами",
                        5,
                        "ст. 31 б"),
                new CaseEntry("01-12", "Переписка с министерствами области", 5, "ст. 31 б"),
                new CaseEntry("02-03", "Переписка с органами местного самоуправления", 5, "ст. 31 б"),
                new CaseEntry(
                        "03-07",
                        "Переписка с контрольно-надзорными органами, представления прокуратуры",
                        5,
                        "ст. 31 б"),
                new CaseEntry(
                        "04-02",
                        "Обращения граждан (предложения, заявления, жалобы) и документы по их рассмотрению",
                        5,
                        "ст. 154"),
                new CaseEntry("05-01", "Переписка по вопросам жилищно-коммунального хозяйства", 5, "ст. 31 б"),
                new CaseEntry("06-04", "Документы о подготовке к отопительному сезону", 5, "ст. 31 б"),
                new CaseEntry("07-03", "Переписка по вопросам строительства и ремонта дорог", 5, "ст. 31 б"));
    }

    private static CorrespondentEntry organisation(SplittableRandom random, String name, String address) {
        return new CorrespondentEntry(CorrespondentKind.ORGANISATION, name, inn(random), address);
    }

    private static CorrespondentEntry citizen(SplittableRandom random) {
        boolean male = random.nextBoolean();
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String patronymic = PATRONYMICS[random.nextInt(PATRONYMICS.length)];
        String fullName = male
                ? surname + " " + MALE_NAMES[random.nextInt(MALE_NAMES.length)] + " " + patronymic
                : surname + "а " + FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)] + " "
                        + patronymic.replace("вич", "вна");
        District d = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        String address = d.postcode() + ", Энская обл., " + d.place() + ", ул. " + street(random) + ", кв. "
                + (1 + random.nextInt(120));
        return new CorrespondentEntry(CorrespondentKind.CITIZEN, fullName, null, address);
    }

    static String street(SplittableRandom random) {
        return STREETS.get(random.nextInt(STREETS.size())) + ", д. " + house(random);
    }

    static String house(SplittableRandom random) {
        int number = 1 + random.nextInt(140);
        return random.nextInt(8) == 0 ? number + "/" + (1 + random.nextInt(4)) : Integer.toString(number);
    }

    /** A ten-digit ИНН of an organisation of region 54, with its check digit. */
    static String inn(SplittableRandom random) {
        int[] digits = new int[10];
        digits[0] = 5;
        digits[1] = 4;
        for (int i = 2; i < 9; i++) {
            digits[i] = random.nextInt(10);
        }
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * digits[i];
        }
        digits[9] = sum % 11 % 10;
        StringBuilder inn = new StringBuilder();
        for (int digit : digits) {
            inn.append(digit);
        }
        return inn.toString();
    }
}
