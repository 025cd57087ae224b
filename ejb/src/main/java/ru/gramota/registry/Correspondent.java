package ru.gramota.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import ru.gramota.org.Organisation;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.SearchText;

/**
 * An entry of the correspondents directory: an organisation that writes to or receives letters
 * from the region's bodies, or a citizen who wrote an appeal. Organisations are shared by the whole
 * installation; a citizen belongs to the organisation that registered the appeal ({@code owner}),
 * so that personal data stays where 59-ФЗ puts it.
 */
@Entity
@Table(name = "correspondent")
public class Correspondent {

    public static final int NAME_LENGTH = 500;
    public static final int INN_LENGTH = 12;
    public static final int ADDRESS_LENGTH = 500;
    public static final int EMAIL_LENGTH = 200;
    private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correspondent_seq")
    @SequenceGenerator(name = "correspondent_seq", sequenceName = "correspondent_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CorrespondentKind kind;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    /** The name lower-cased with ё as е: what search-as-you-type compares with. */
    @Column(name = "search_key", nullable = false, length = NAME_LENGTH)
    private String searchKey;

    @Column(name = "inn", length = 12)
    private String inn;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "email", length = 200)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id", updatable = false)
    private Organisation owner;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Correspondent() {}

    /**
     * A new directory entry. A citizen needs the organisation that keeps their data; an
     * organisation is shared by the installation and has none.
     */
    public Correspondent(
            CorrespondentKind kind, String name, String inn, String address, String email, Organisation owner) {
        if (kind == null) {
            throw new InvalidInputException("kind", RegistryReason.CORRESPONDENT_KIND_REQUIRED);
        }
        this.kind = kind;
        this.name = InvalidInputException.requireText(name, "name", NAME_LENGTH);
        this.searchKey = searchKey(this.name);
        this.inn = InvalidInputException.optionalText(inn, "inn", INN_LENGTH);
        if (this.inn != null && !INN.matcher(this.inn).matches()) {
            throw new InvalidInputException("inn", RegistryReason.INN_FORMAT);
        }
        this.address = InvalidInputException.optionalText(address, "address", ADDRESS_LENGTH);
        this.email = InvalidInputException.optionalText(email, "email", EMAIL_LENGTH);
        if (this.email != null && !EMAIL.matcher(this.email).matches()) {
            throw new InvalidInputException("email", RegistryReason.NOT_AN_EMAIL);
        }
        this.owner = kind == CorrespondentKind.CITIZEN ? owner : null;
    }

    /** How names are compared: lower case, ё as е, runs of spaces as one. */
    public static String searchKey(String text) {
        return SearchText.key(text);
    }

    /** Whether a registry of the organisation may use this entry on its cards. */
    public boolean usableBy(Organisation organisation) {
        return owner == null || owner.id().equals(organisation.id());
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("name", name);
        state.put("inn", inn);
        state.put("address", address);
        state.put("email", email);
        state.put("owner", owner == null ? null : owner.code());
        return state;
    }

    public Long id() {
        return id;
    }

    public CorrespondentKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String inn() {
        return inn;
    }

    public String address() {
        return address;
    }

    public String email() {
        return email;
    }

    public Organisation owner() {
        return owner;
    }

    public boolean active() {
        return active;
    }
}
