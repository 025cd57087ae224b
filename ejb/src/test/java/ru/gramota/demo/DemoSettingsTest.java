package ru.gramota.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

class DemoSettingsTest {

    @Test
    void theDemoRegionLoadsOnlyWhenAskedFor() {
        assertFalse(new DemoSettings(SettingSource.of(Map.of())).enabled());
        DemoSettings asked = new DemoSettings(
                SettingSource.of(Map.of("gramota.demo-data", "true", "gramota.demo.password", "Demo-Password-1")));
        assertTrue(asked.enabled());
        assertEquals(Optional.of("Demo-Password-1"), asked.password());
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsRefused() {
        assertThrows(
                InvalidSettingException.class,
                () -> new DemoSettings(SettingSource.of(Map.of("gramota.demo-data", "sometimes"))));
    }
}
