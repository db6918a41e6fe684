package org.unesco.gnlc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; modules meet only through public services and
 * events.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GnlcPortalApplication.class);

	@Test
	void modulesRespectEachOthersBoundariesAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
