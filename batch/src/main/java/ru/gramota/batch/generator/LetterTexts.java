package ru.gramota.batch.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.gramota.registry.generator.GeneratedRegistrations.Attachment;

/**
 * The text of a generated card's file, as Tika would have extracted it from the scan of a letter: one
 * card in {@value #ONE_IN} has one, about 1.5 KB of Russian official prose that restates the summary
 * and goes on in the usual paragraphs (grounds, measures, figures, a request, the executor's line), so
 * that search over file text has realistic words, numbers and dates to find. The same seed and card
 * give the same text.
 */
final class LetterTexts {

    /** One card in this many has a file. */
    static final int ONE_IN = 5;

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final List<String> OPENINGS = List.of(
            "Направляем информацию по вопросу: %s.",
            "В соответствии с поручением сообщаем следующее по вопросу: %s.",
            "Рассмотрев обращение по вопросу «%s», сообщаем.",
            "Во исполнение протокола совещания от %2$s информируем по вопросу: %1$s.");

    private static final List<String> GROUNDS = List.of(
            "Работа ведётся в рамках государственной программы области «Развитие транспортной системы»,"
                    + " утверждённой постановлением Правительства области, и муниципальной программы района.",
            "Основанием является решение районного Совета депутатов о бюджете на текущий год и плановый"
                    + " период, а также соглашение о предоставлении субсидии из областного бюджета.",
            "Мероприятия предусмотрены планом основных мероприятий администрации на текущий год и согласованы"
                    + " с профильным министерством области.",
            "Вопрос рассмотрен на заседании межведомственной комиссии; по итогам приняты решения, отражённые"
                    + " в протоколе, копия которого прилагается.");

    private static final List<String> MEASURES = List.of(
            "Проведено обследование объектов, составлены акты, определена потребность в финансировании"
                    + " в размере %d тыс. рублей. Подготовлена проектно-сметная документация, получено"
                    + " положительное заключение государственной экспертизы.",
            "Заключено %d муниципальных контрактов, работы выполнены на %d процентов. Подрядные организации"
                    + " обеспечены материалами, график производства работ соблюдается.",
            "Организован приём граждан, проведены выездные проверки, по выявленным нарушениям выданы"
                    + " предписания со сроком устранения до %s. Контроль исполнения возложен на отдел.",
            "Сведения о ходе исполнения размещены на официальном сайте администрации и в государственной"
                    + " информационной системе; отклонений от сроков, установленных поручением, не допущено.",
            "Для жителей %s района организован подвоз, установлены дополнительные остановочные пункты,"
                    + " уточнено расписание движения автобусов по муниципальным маршрутам.");

    private static final List<String> REQUESTS = List.of(
            "Просим рассмотреть возможность выделения дополнительных средств и сообщить о принятом решении"
                    + " в срок до %s.",
            "Просим учесть изложенное при подготовке сводной информации и при необходимости направить"
                    + " представителя для участия в рабочем совещании.",
            "Прошу принять к сведению. Дополнительная информация будет направлена по мере выполнения"
                    + " мероприятий, но не позднее %s.",
            "Просим согласовать прилагаемый проект и вернуть его с замечаниями, если они имеются.");

    private static final List<String> ENCLOSURES = List.of(
            "Приложение: на %d л. в 1 экз.",
            "Приложение: копия протокола на %d л., пояснительная записка на 2 л.",
            "Приложение: сведения по форме на %d л. в 1 экз.");

    private static final List<String> EXECUTORS = List.of(
            "Исполнитель: Кравченко Ольга Викторовна, тел. (383) 2%02d-%02d-%02d",
            "Исполнитель: Сидоренко Андрей Павлович, тел. (383) 2%02d-%02d-%02d",
            "Исполнитель: Мельникова Татьяна Юрьевна, тел. (383) 2%02d-%02d-%02d");

    private LetterTexts() {}

    /** The file of card {@code index} of a run with {@code seed}, or null for the cards without one. */
    static Attachment of(long seed, int index, String summary, LocalDate on) {
        SplittableRandom random = new SplittableRandom(seed * 0x2545F4914F6CDD1DL + index);
        if (random.nextInt(ONE_IN) != 0) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(String.format(
                any(OPENINGS, random),
                lower(summary),
                on.minusDays(1 + random.nextInt(20)).format(DOTTED)));
        paragraphs.add(any(GROUNDS, random));
        int measures = 2 + random.nextInt(3);
        for (int i = 0; i < measures; i++) {
            paragraphs.add(measure(random, on));
        }
        paragraphs.add(String.format(
                any(REQUESTS, random), on.plusDays(10 + random.nextInt(30)).format(DOTTED)));
        paragraphs.add(String.format(any(ENCLOSURES, random), 1 + random.nextInt(15)));
        paragraphs.add(
                String.format(any(EXECUTORS, random), random.nextInt(100), random.nextInt(100), random.nextInt(100)));
        return new Attachment("scan-" + (index + 1) + ".txt", String.join("\n\n", paragraphs) + "\n");
    }

    private static String measure(SplittableRandom random, LocalDate on) {
        String template = any(MEASURES, random);
        if (template.contains("%d тыс.")) {
            return String.format(template, 100 + random.nextInt(90_000));
        }
        if (template.contains("%d муниципальных")) {
            return String.format(template, 1 + random.nextInt(40), 10 + random.nextInt(90));
        }
        if (template.contains("%s. Контроль")) {
            return String.format(template, on.plusDays(5 + random.nextInt(60)).format(DOTTED));
        }
        if (template.contains("%s района")) {
            return String.format(
                    template, any(RegionalDirectory.DISTRICTS, random).genitive());
        }
        return template;
    }

    private static String lower(String summary) {
        return summary.isEmpty() ? summary : Character.toLowerCase(summary.charAt(0)) + summary.substring(1);
    }

    private static <T> T any(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }
}
