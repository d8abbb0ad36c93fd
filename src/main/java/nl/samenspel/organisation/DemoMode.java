package nl.samenspel.organisation;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this run carries demo data: on the embedded database unless switched off, on any other database only when
 * {@code samenspel.demo.enabled=true}. So a production PostgreSQL never gets the demo users and their shared
 * password by accident.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(@Value("${samenspel.demo.enabled:auto}") String setting,
			@Value("${spring.datasource.url:}") String datasourceUrl) {
		this.enabled = decide(setting, datasourceUrl);
	}

	static boolean decide(String setting, String datasourceUrl) {
		return switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> datasourceUrl.startsWith("jdbc:h2:");
		};
	}

	public boolean enabled() {
		return enabled;
	}

	/** The first demo organisation (Stichting Welzijn Zonnedal), for other modules' demo data. */
	public UUID firstOrganisation() {
		return DemoData.FIRST;
	}
}
