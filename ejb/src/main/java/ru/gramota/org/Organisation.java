package ru.gramota.org;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.gramota.platform.Codes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.SearchText;

/**
 * An organisation of the region: the region itself, an executive body, a municipality, a settlement
 * or an institution. Its code is stable for its whole life: registration numbers and the dispatch
 * queue {@code dispatch.<code>} are built from it, so it is fixed at creation and never edited.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_CODE, query = "select o from Organisation o where o.code = :code")
@NamedQuery(
        name = Organisation.CHILDREN,
        query = "select o from Organisation o where o.parent.code = :parentCode order by o.name")
@NamedQuery(name = Organisation.ROOTS, query = "select o from Organisation o where o.parent is null order by o.name")
public class Organisation {

    public static final String BY_CODE = "Organisation.byCode";
    public static final String CHILDREN = "Organisation.children";
    public static final String ROOTS = "Organisation.roots";
    public static final int NAME_LENGTH = 500;
    public static final int SHORT_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 500)
    private String name;

    @Column(name = "short_name", length = 200)
    private String shortName;

    /** The code and names as a search compares them ({@link #searchKey}). */
    @Column(name = "search_key", length = 800)
    private String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {}

    public Organisation(String code, String name, String shortName, OrganisationKind kind, Organisation parent) {
        checkCode(code);
        if (kind == null) {
            throw new InvalidInputException("kind", CommonReason.REQUIRED);
        }
        this.code = code;
        this.kind = kind;
        this.parent = parent;
        rename(name, shortName);
    }

    /** @throws InvalidInputException unless the code follows {@link Codes}' rule */
    public static void checkCode(String code) {
        Codes.require(code, "code");
    }

    public void rename(String name, String shortName) {
        this.name = InvalidInputException.requireText(name, "name", NAME_LENGTH);
        this.shortName = InvalidInputException.optionalText(shortName, "shortName", SHORT_NAME_LENGTH);
        this.searchKey = searchKey(code, this.name, this.shortName);
    }

    /**
     * What a search for an organisation compares: its code, full and short names ({@link
     * SearchText}).
     */
    public static String searchKey(String code, String name, String shortName) {
        return SearchText.key(code + " " + name + (shortName == null ? "" : " " + shortName));
    }

    public void deactivate() {
        this.active = false;
    }

    /** Whether this organisation is {@code other} or lies below it in the tree. */
    public boolean isWithin(Organisation other) {
        // Through the accessors: parents may be lazy proxies, whose fields are not filled in.
        for (Organisation o = this; o != null; o = o.parent()) {
            if (o.id() != null && o.id().equals(other.id())) {
                return true;
            }
        }
        return false;
    }

    /** The fields the audit trail records. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("shortName", shortName);
        state.put("kind", kind.name());
        state.put("parent", parent == null ? null : parent.code());
        state.put("active", active);
        return state;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Organisation parent() {
        return parent;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
