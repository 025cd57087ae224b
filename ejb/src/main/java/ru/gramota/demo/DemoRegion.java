package ru.gramota.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.gramota.access.AccessSettings;
import ru.gramota.access.RandomPassword;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.RetentionPeriod;

/**
 * Loads the demo region when {@code GRAMOTA_DEMO_DATA=true}: a regional government, three
 * municipalities (a district, a city district and a settlement of the district), their departments,
 * registration journals and eleven users who between them hold every role. Loaded once: a database
 * that already has the demo government is left alone.
 *
 * <p>Demo users share one password: {@code GRAMOTA_DEMO_PASSWORD} when set, else a random one
 * written to the log once.
 */
@Singleton
@Startup
@DependsOn("InitialAdministrator")
public class DemoRegion {

    static final String GOVERNMENT = "GOV";

    private static final Logger LOG = Logger.getLogger(DemoRegion.class.getName());

    private record DemoUser(String username, String fullName, String organisation, List<Role> roles) {}

    private record DemoJournal(String organisation, String code, String name, DocumentKind kind, String pattern) {}

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("clerk.gov", "Иванова Мария Петровна", GOVERNMENT, List.of(Role.REGISTRY_CLERK)),
            new DemoUser("manager.gov", "Петров Сергей Николаевич", GOVERNMENT, List.of(Role.MANAGER)),
            new DemoUser("executor.gov", "Сидоров Алексей Викторович", GOVERNMENT, List.of(Role.EXECUTOR)),
            new DemoUser("controller.gov", "Кузнецова Ольга Ивановна", GOVERNMENT, List.of(Role.CONTROLLER)),
            new DemoUser("archivist.gov", "Смирнова Елена Александровна", GOVERNMENT, List.of(Role.ARCHIVIST)),
            new DemoUser("dispatch.gov", "Волков Дмитрий Андреевич", GOVERNMENT, List.of(Role.DISPATCH_ADMIN)),
            new DemoUser("sysadmin.gov", "Орлов Виктор Павлович", GOVERNMENT, List.of(Role.SYSTEM_ADMIN)),
            new DemoUser("clerk.sev", "Морозова Анна Сергеевна", "MR-SEV", List.of(Role.REGISTRY_CLERK)),
            new DemoUser("manager.sev", "Соколов Игорь Владимирович", "MR-SEV", List.of(Role.MANAGER, Role.CONTROLLER)),
            new DemoUser("clerk.rec", "Новиков Павел Олегович", "GO-REC", List.of(Role.REGISTRY_CLERK, Role.EXECUTOR)),
            new DemoUser("clerk.les", "Козлова Наталья Викторовна", "SP-LES", List.of(Role.REGISTRY_CLERK)));

    private static final List<DemoJournal> JOURNALS = List.of(
            new DemoJournal(GOVERNMENT, "IN", "Входящие документы", DocumentKind.INCOMING, "{seq}"),
            new DemoJournal(GOVERNMENT, "OUT", "Исходящие документы", DocumentKind.OUTGOING, "{caseIndex}/{seq}"),
            new DemoJournal(GOVERNMENT, "INT", "Внутренние документы", DocumentKind.INTERNAL, "{seq}-вн"),
            new DemoJournal(GOVERNMENT, "POST", "Постановления", DocumentKind.ACT, "{seq}-п"),
            new DemoJournal(GOVERNMENT, "RASP", "Распоряжения", DocumentKind.ACT, "{seq}-р"),
            new DemoJournal(GOVERNMENT, "OG", "Обращения граждан", DocumentKind.CITIZEN_APPEAL, "{seq}-ОГ"),
            new DemoJournal("MR-SEV", "IN", "Входящие документы", DocumentKind.INCOMING, "{seq}"),
            new DemoJournal("MR-SEV", "OUT", "Исходящие документы", DocumentKind.OUTGOING, "{caseIndex}/{seq}"),
            new DemoJournal("MR-SEV", "POST", "Постановления администрации", DocumentKind.ACT, "{seq}-п"),
            new DemoJournal("GO-REC", "IN", "Входящие документы", DocumentKind.INCOMING, "{seq}"),
            new DemoJournal("GO-REC", "OUT", "Исходящие документы", DocumentKind.OUTGOING, "{caseIndex}/{seq}"),
            new DemoJournal("SP-LES", "IN", "Входящие документы", DocumentKind.INCOMING, "{seq}"));

    /** Correspondents shared by the region, to register letters from and send letters to. */
    private static final List<String> CORRESPONDENTS = List.of(
            "Министерство транспорта и дорожного хозяйства Энской области",
            "Министерство здравоохранения Энской области",
            "Прокуратура Энской области",
            "Управление Федеральной налоговой службы по Энской области",
            "Главное управление МЧС России по Энской области",
            "Отделение Фонда пенсионного и социального страхования по Энской области",
            "АО «Энскэнерго»",
            "МУП «Водоканал» городского округа Речной");

    @EJB
    private Organisations organisations;

    @EJB
    private UserAccounts accounts;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private DemoSettings settings;

    @Inject
    private AccessSettings access;

    @Inject
    private BusinessTime time;

    @PostConstruct
    void loadWhenAskedFor() {
        if (!settings.enabled() || organisations.byCode(GOVERNMENT).isPresent()) {
            return;
        }
        loadStructure();
        loadJournalsAndCases();
        for (String name : CORRESPONDENTS) {
            em.persist(new Correspondent(CorrespondentKind.ORGANISATION, name, null, null, null, null));
        }
        announce(loadUsers());
    }

    /** The four organisations of the demo region and their departments. */
    private void loadStructure() {
        String regionCode = access.regionCode();
        organisations.create(GOVERNMENT, "Правительство Энской области", OrganisationKind.EXECUTIVE_BODY, regionCode);
        organisations.create(
                "MR-SEV",
                "Администрация Северного муниципального района",
                OrganisationKind.MUNICIPAL_DISTRICT,
                regionCode);
        organisations.create(
                "GO-REC", "Администрация городского округа Речной", OrganisationKind.CITY_DISTRICT, regionCode);
        organisations.create(
                "SP-LES", "Администрация Лесного сельского поселения", OrganisationKind.SETTLEMENT, "MR-SEV");

        organisations.addDepartment(GOVERNMENT, "01", "Управление делами");
        organisations.addDepartment(GOVERNMENT, "02", "Отдел по работе с обращениями граждан");
        organisations.addDepartment(GOVERNMENT, "03", "Министерство образования");
        organisations.addDepartment("MR-SEV", "01", "Общий отдел");
        organisations.addDepartment("GO-REC", "01", "Организационный отдел");
        organisations.addDepartment("SP-LES", "01", "Администрация поселения");
    }

    /** The journals, and this year's nomenclature of cases of every organisation. */
    private void loadJournalsAndCases() {
        for (DemoJournal journal : JOURNALS) {
            Organisation organisation = organisations.require(journal.organisation());
            em.persist(new RegistrationJournal(
                    organisation, journal.code(), journal.name(), journal.kind(), journal.pattern()));
        }

        int year = time.year();
        for (String code : List.of(GOVERNMENT, "MR-SEV", "GO-REC", "SP-LES")) {
            Organisation organisation = organisations.require(code);
            em.persist(new NomenclatureCase(
                    organisation,
                    year,
                    "01-01",
                    "Постановления и распоряжения (подлинники)",
                    RetentionPeriod.permanent(),
                    "ст. 4 а",
                    false));
            em.persist(new NomenclatureCase(
                    organisation,
                    year,
                    "01-12",
                    "Переписка с органами государственной власти по основной деятельности",
                    RetentionPeriod.years(5),
                    "ст. 31 б",
                    true));
            em.persist(new NomenclatureCase(
                    organisation,
                    year,
                    "02-05",
                    "Обращения граждан и документы по их рассмотрению",
                    RetentionPeriod.years(5),
                    "ст. 154",
                    true));
        }
    }

    /** The demo users with their roles; the password they share, or null when it is the configured one. */
    private String loadUsers() {
        Optional<String> configuredPassword = settings.password();
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? RandomPassword.generate(16) : configuredPassword.get();
        for (DemoUser user : USERS) {
            try {
                accounts.create(user.username(), user.fullName(), password.toCharArray(), user.organisation());
            } catch (InvalidInputException e) {
                throw new IllegalStateException(
                        "GRAMOTA_DEMO_PASSWORD is not acceptable (" + e.getMessage() + "); set a stronger one", e);
            }
            user.roles().forEach(role -> accounts.grant(user.username(), role, user.organisation()));
        }
        return generated ? password : null;
    }

    private void announce(String generatedPassword) {
        LOG.warning(String.format(
                "%n==================================================================%n"
                        + "  Gramota: demo region loaded: 4 organisations, %d journals, their%n"
                        + "  nomenclatures of cases, %d correspondents, %d users%n"
                        + "  (%s).%n"
                        + "  Demo users' password: %s%n"
                        + "==================================================================",
                JOURNALS.size(),
                CORRESPONDENTS.size(),
                USERS.size(),
                String.join(", ", USERS.stream().map(DemoUser::username).toList()),
                generatedPassword != null ? generatedPassword : "the one in GRAMOTA_DEMO_PASSWORD"));
    }
}
