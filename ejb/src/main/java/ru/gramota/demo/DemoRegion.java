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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gramota.access.RandomPassword;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccounts;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.RegistrationJournal;

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

    @EJB
    private Organisations organisations;

    @EJB
    private UserAccounts accounts;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "gramota.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "gramota.demo.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "gramota.region.code", defaultValue = "REGION")
    String regionCode;

    @PostConstruct
    void loadWhenAskedFor() {
        if (!enabled || organisations.byCode(GOVERNMENT).isPresent()) {
            return;
        }
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

        for (DemoJournal journal : JOURNALS) {
            Organisation organisation = organisations.require(journal.organisation());
            em.persist(new RegistrationJournal(
                    organisation, journal.code(), journal.name(), journal.kind(), journal.pattern()));
        }

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
        LOG.warning(String.format(
                "%n==================================================================%n"
                        + "  Gramota: demo region loaded: 4 organisations, %d journals, %d users%n"
                        + "  (%s).%n"
                        + "  Demo users' password: %s%n"
                        + "==================================================================",
                JOURNALS.size(),
                USERS.size(),
                String.join(", ", USERS.stream().map(DemoUser::username).toList()),
                generated ? password : "the one in GRAMOTA_DEMO_PASSWORD"));
    }
}
