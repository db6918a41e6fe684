package org.unesco.gnlc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.unesco.gnlc.shared.startup.StartupSteps;

/**
 * The GNLC Portal: the UNESCO Global Network of Learning Cities online.
 */
@SpringBootApplication
public class GnlcPortalApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(GnlcPortalApplication.class);
		StartupSteps.recordIfAsked(application);
		application.run(args);
	}

}
