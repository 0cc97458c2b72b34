package dev.voucheremulator.architecture;

import dev.voucheremulator.EmulatorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(EmulatorApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
