package dev.voucheremulator.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.EmulatorApplication;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Every top-level package under {@code dev.voucheremulator} is an application module: no cycles between
 * modules, and no module uses another's internals. {@code api} is the open module every feature shares.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(EmulatorApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    // The two checks below run the same verification on small fixture packages, showing it can fail.

    @Test
    void aCycleBetweenModulesFailsTheBuild() {
        assertThatThrownBy(() -> fixture("cycle").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aReachIntoAnotherModulesInternalsFailsTheBuild() {
        assertThatThrownBy(() -> fixture("internals").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("non-exposed type")
                .hasMessageContaining("StockRows");
    }

    /** The fixtures live with the tests, which the default import leaves out. */
    private static ApplicationModules fixture(String name) {
        ImportOption everything = location -> true;
        return ApplicationModules.of("dev.voucheremulator.architecture.fixture." + name, everything);
    }
}
