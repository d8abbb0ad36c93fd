package nl.samenspel.children;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts guardians agree to, versioned per organisation and purpose, in B1 Dutch and English. An organisation
 * starts with version 1 of Samenspel's standard texts; every consent records the version it was given for.
 */
@Component
public class ConsentTexts {

	/** One version of a consent text. */
	public record ConsentText(ConsentPurpose purpose, int version, String dutch, String english) {

		public String in(String language) {
			return "en".equals(language) ? english : dutch;
		}
	}

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;

	ConsentTexts(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** The version in force; the standard text as version 1 when the organisation has none yet. */
	public ConsentText current(UUID organisationId, ConsentPurpose purpose) {
		var texts = jdbc.sql("""
				select version, text_nl, text_en from consent_text
				where organisation_id = :organisation and purpose = :purpose order by version desc limit 1""")
			.param("organisation", organisationId)
			.param("purpose", purpose.name())
			.query((rs, n) -> new ConsentText(purpose, rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
		if (!texts.isEmpty()) {
			return texts.get(0);
		}
		var key = "consent.text." + purpose.name();
		return publish(organisationId, purpose, messages.getMessage(key, null, Locale.forLanguageTag("nl")),
				messages.getMessage(key, null, Locale.ENGLISH));
	}

	/** Publishes a new version: consents given from now on refer to it; earlier consents keep theirs. */
	public ConsentText publish(UUID organisationId, ConsentPurpose purpose, String dutch, String english) {
		var version = jdbc.sql("select coalesce(max(version), 0) + 1 from consent_text where organisation_id = :o and purpose = :p")
			.param("o", organisationId)
			.param("p", purpose.name())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into consent_text (id, organisation_id, purpose, version, text_nl, text_en, published_at)
				values (:id, :organisation, :purpose, :version, :nl, :en, :at)""")
			.param("id", UUID.randomUUID())
			.param("organisation", organisationId)
			.param("purpose", purpose.name())
			.param("version", version)
			.param("nl", dutch)
			.param("en", english)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
		return new ConsentText(purpose, version, dutch, english);
	}
}
