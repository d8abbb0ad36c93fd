package nl.samenspel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.samenspel.children.HeldChildren;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationFixtures;
import nl.samenspel.organisation.SecondFactorCodes;
import nl.samenspel.organisation.SecondFactorGate;
import nl.samenspel.ui.BrokenController;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The base of the tests that run the whole application: one Spring context for all of them (on H2, or on
 * PostgreSQL with -Ppostgres), a real HTTP port, MockMvc, the demo data, and a real SMTP server (GreenMail) that
 * every mail is delivered to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ OrganisationFixtures.class, BrokenController.class, HeldChildren.class,
		nl.samenspel.activities.ActivityFixtures.class, nl.samenspel.reporting.ReportFixtures.class,
		nl.samenspel.volunteers.VolunteerFixtures.class })
public abstract class IntegrationTest {

	protected static final GreenMail MAIL = startMail();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected OrganisationFixtures fixtures;

	@LocalServerPort
	protected int port;

	@Autowired
	private org.springframework.modulith.events.core.EventPublicationRegistry publications;

	/**
	 * Waits until every event published so far has been delivered to its listeners, which run after the commit on
	 * another thread: call it between acting and looking at what a listener does (a mail, a rollup).
	 */
	protected void delivered() {
		Deliveries.await(publications);
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	private static GreenMail startMail() {
		var mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	/** Lets the form logins of {@link HttpSession} sign the same user in more than once within 30 seconds. */
	@BeforeEach
	void secondFactorCodes() {
		HttpSession.secondFactorCode = username -> {
			SecondFactorCodes.forgetUsedCodes(jdbc, username);
			return SecondFactorCodes.now(SecondFactorCodes.SECRET);
		};
	}

	/**
	 * Signs the request in as a demo or fixture user, loaded from the database with their real roles, as after a
	 * complete login: password and second factor.
	 */
	protected RequestPostProcessor as(String username) {
		return as(load(username));
	}

	protected RequestPostProcessor as(CurrentUser currentUser) {
		var authorities = new ArrayList<GrantedAuthority>(currentUser.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorGate.TOTP));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(currentUser, null, authorities));
	}

	/** Signed in with the password only: the second step not done yet. */
	protected RequestPostProcessor passwordOnly(CurrentUser currentUser) {
		var authorities = new ArrayList<GrantedAuthority>(currentUser.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(currentUser, null, authorities));
	}

	protected CurrentUser load(String username) {
		var row = jdbc.sql("select id, organisation_id, display_name from app_user where username = :username")
			.param("username", username)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3) })
			.single();
		var roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from app_user_role where app_user_id = :id").param("id", row[0])
			.query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
		return new CurrentUser((UUID) row[0], (UUID) row[1], username, (String) row[2], roles, "nl", null);
	}

	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}
}
