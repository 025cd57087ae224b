package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.search.IndexedText;
import ru.gramota.search.SearchHit;
import ru.gramota.search.SearchIndex;

@ExtendWith(ArquillianExtension.class)
class RussianSearchIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private SearchIndex index;

    @Test
    void aQueryForAnInflectedFormFindsTheDocument() {
        String id = "it-" + UUID.randomUUID();
        index.index(List.of(new IndexedText(
                id,
                "О заключении договор поставки",
                "Направляем договор на поставку учебников для общеобразовательных школ района.")));

        assertTrue(ids(index.search("договоров", 100)).contains(id), "«договоров» finds «договор»");
        assertTrue(ids(index.search("учебника школам", 100)).contains(id));
        assertFalse(ids(index.search("автомобилей", 100)).contains(id));
    }

    @Test
    void reindexingARecordReplacesItsText() {
        String id = "it-" + UUID.randomUUID();
        index.index(List.of(new IndexedText(id, "Письмо", "О проведении совещания")));
        index.index(List.of(new IndexedText(id, "Письмо", "О переносе срока исполнения")));

        assertFalse(ids(index.search("совещания", 100)).contains(id));
        assertTrue(ids(index.search("сроки", 100)).contains(id));
        assertTrue(index.search("переносе", 100).stream()
                        .filter(h -> h.id().equals(id))
                        .count()
                == 1);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
