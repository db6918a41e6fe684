package org.unesco.gnlc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The GNLC Portal: the UNESCO Global Network of Learning Cities online.
 */
@SpringBootApplication
public class GnlcPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(GnlcPortalApplication.class, args);
	}

}
