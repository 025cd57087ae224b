package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.gramota.access.AccessReason;
import ru.gramota.calendar.CalendarReason;
import ru.gramota.control.ControlReason;
import ru.gramota.files.FileReason;
import ru.gramota.inbox.InboxReason;
import ru.gramota.org.OrganisationReason;
import ru.gramota.registry.RegistryReason;
import ru.gramota.search.SearchReason;

/** The catalogue: every reason speaks English and Russian, and the two files stay in step with the code. */
class ReasonTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Every enum of the catalogue; a feature's new enum is added here. */
    private static final List<Reason> ALL = Stream.<Reason[]>of(
                    CommonReason.values(),
                    FileReason.values(),
                    AccessReason.values(),
                    OrganisationReason.values(),
                    RegistryReason.values(),
                    SearchReason.values(),
                    CalendarReason.values(),
                    ControlReason.values(),
                    InboxReason.values())
            .flatMap(Arrays::stream)
            .toList();

    private static final Properties ENGLISH = texts("reasons.properties");
    private static final Properties RUSSIAN = texts("reasons_ru.properties");

    @Test
    void everyCodeIsUniqueOverAllTheEnums() {
        Map<String, Long> counted = ALL.stream().collect(Collectors.groupingBy(Reason::name, Collectors.counting()));
        counted.values().removeIf(count -> count == 1);
        assertEquals(Map.of(), counted);
    }

    @Test
    void everyReasonHasAnEnglishAndARussianText() {
        for (Reason reason : ALL) {
            assertTrue(ENGLISH.containsKey(reason.name()), reason + " has no English text");
            assertTrue(RUSSIAN.containsKey(reason.name()), reason + " has no Russian text");
        }
    }

    @Test
    void theFilesHoldNoTextForAReasonTheCodeDoesNotKnow() {
        Set<String> known = ALL.stream().map(Reason::name).collect(Collectors.toSet());

        assertEquals(Set.of(), difference(ENGLISH.stringPropertyNames(), known), "in reasons.properties");
        assertEquals(Set.of(), difference(RUSSIAN.stringPropertyNames(), known), "in reasons_ru.properties");
    }

    @Test
    void everyReasonIsGivenSomewhereInTheServices() throws IOException {
        // The modules' sources, from ejb/ where the tests run: a reason nobody gives is a text nobody reads.
        Set<String> given = new HashSet<>();
        Pattern use = Pattern.compile("Reason\\.([A-Z][A-Z0-9_]*)\\b");
        for (String module : List.of("ejb", "batch", "jms", "web")) {
            Path sources = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher uses = use.matcher(Files.readString(file));
                    while (uses.find()) {
                        given.add(uses.group(1));
                    }
                }
            }
        }

        Set<String> unused = ALL.stream()
                .map(Reason::name)
                .filter(name -> !given.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused);
    }

    @Test
    void bothTextsOfAReasonNameTheSameArguments() {
        Map<String, String> mismatched = new TreeMap<>();
        for (Reason reason : ALL) {
            Set<Integer> english = placeholders(ENGLISH.getProperty(reason.name()));
            Set<Integer> russian = placeholders(RUSSIAN.getProperty(reason.name()));
            if (!english.equals(russian)) {
                mismatched.put(reason.name(), english + " in English, " + russian + " in Russian");
            }
        }
        assertEquals(Map.of(), mismatched);
    }

    @Test
    void everyApostropheIsWrittenTwiceSoThatMessageFormatKeepsIt() {
        for (Properties texts : List.of(ENGLISH, RUSSIAN)) {
            texts.forEach((key, text) ->
                    assertEquals(-1, text.toString().replace("''", "").indexOf('\''), key + ": " + text));
        }
    }

    @Test
    void theRussianTextIsRussian() {
        for (Reason reason : ALL) {
            String russian = reason.message(Localized.RUSSIAN);
            assertTrue(CYRILLIC.matcher(russian).find(), reason + ": " + russian);
            assertNotEquals(reason.message(Locale.ENGLISH), russian, reason.name());
        }
    }

    @Test
    void anyLanguageButRussianGetsEnglishEvenWhenTheServerSpeaksRussian() {
        Locale serverLanguage = Locale.getDefault();
        Locale.setDefault(new Locale("ru", "RU"));
        try {
            String english = CommonReason.REQUIRED.message(Locale.ROOT);

            assertEquals(english, CommonReason.REQUIRED.message(Locale.GERMAN));
            assertEquals(english, CommonReason.REQUIRED.message(Locale.US));
            assertEquals(english, CommonReason.REQUIRED.message(null));
            assertEquals(
                    CommonReason.REQUIRED.message(Localized.RUSSIAN),
                    CommonReason.REQUIRED.message(new Locale("ru", "RU")));
            assertNotEquals(english, CommonReason.REQUIRED.message(Localized.RUSSIAN));
        } finally {
            Locale.setDefault(serverLanguage);
        }
    }

    @Test
    void numbersAreWrittenWithoutGroupingInBothLanguages() {
        assertTrue(CommonReason.OUT_OF_RANGE
                .message(Locale.ENGLISH, List.of(1, 10_000_000))
                .contains("10000000"));
        assertTrue(CommonReason.OUT_OF_RANGE
                .message(Localized.RUSSIAN, List.of(1, 10_000_000))
                .contains("10000000"));
    }

    @Test
    void aDateIsWrittenAsInTheLanguage() {
        List<Object> duplicate = List.of("Минтранс", "12/345", LocalDate.of(2026, 11, 18), "01-12/7", 42L);

        assertTrue(RegistryReason.PROBABLE_DUPLICATE
                .message(Locale.ENGLISH, duplicate)
                .contains("of 2026-11-18"));
        assertTrue(RegistryReason.PROBABLE_DUPLICATE
                .message(Localized.RUSSIAN, duplicate)
                .contains("от 18.11.2026"));
    }

    @Test
    void aLocalizedArgumentIsWrittenInTheSameLanguage() {
        ConflictException cancelled =
                new ConflictException(RegistryReason.NOT_CORRECTABLE, RegistryReason.CARD_CANCELLED);

        assertTrue(cancelled.getMessage().endsWith(RegistryReason.CARD_CANCELLED.message(Locale.ENGLISH)));
        assertTrue(cancelled
                .message(Localized.RUSSIAN)
                .contains(RegistryReason.CARD_CANCELLED.message(Localized.RUSSIAN)));
    }

    private static Set<Integer> placeholders(String text) {
        Matcher found = PLACEHOLDER.matcher(text.replace("''", "").replaceAll("'[^']*'", ""));
        Set<Integer> indexes = new TreeSet<>();
        while (found.find()) {
            indexes.add(Integer.valueOf(found.group(1)));
        }
        return indexes;
    }

    private static Set<String> difference(Set<String> keys, Set<String> known) {
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(known);
        return unknown;
    }

    private static Properties texts(String file) {
        Properties texts = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
