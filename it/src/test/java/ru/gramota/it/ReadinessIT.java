package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
    }

    @Test
    void theServerIsReadyWithTheDatabaseAndTheBrokerUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ServerEndpoints.management("/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(checkIsUp(response.body(), "database"), response.body());
        assertTrue(checkIsUp(response.body(), "broker"), response.body());
    }

    private static boolean checkIsUp(String json, String name) {
        return Pattern.compile("\\{\"name\":\"" + name + "\",\"status\":\"UP\"")
                .matcher(json.replace(" ", ""))
                .find();
    }
}
