package ru.gramota.batch.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

class GeneratorSettingsTest {

    @Test
    void theGeneratorIsOffUnlessSwitchedOn() {
        assertFalse(GeneratorSettings.read(SettingSource.of(Map.of())));
        assertTrue(GeneratorSettings.read(SettingSource.of(Map.of("gramota.generator.enabled", "true"))));
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsRefused() {
        assertThrows(
                InvalidSettingException.class,
                () -> GeneratorSettings.read(SettingSource.of(Map.of("gramota.generator.enabled", "perhaps"))));
    }
}
