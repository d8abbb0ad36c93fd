package nl.samenspel.organisation;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A real installation starts with one organisation and an invited ADMIN, made from configuration, once. */
class BootstrapTests extends IntegrationTest {

	@Autowired
	Organisations organisations;

	@Autowired
	UserAccounts users;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	PasswordManagement passwords;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@Test
	void createsTheFirstOrganisationAndInvitesItsAdminOnce() throws Exception {
		var name = "Stichting Welzijn " + UUID.randomUUID().toString().substring(0, 6);
		var username = "beheer-" + UUID.randomUUID().toString().substring(0, 6);
		var email = username + "@welzijn.example";
		var bootstrap = new Bootstrap(organisations, users, invitations, passwords, Clock.systemUTC(), name, "north", username, email, "");

		bootstrap.run(null);
		bootstrap.run(null);

		var created = organisations.findAll().stream().filter(it -> it.getName().equals(name)).toList();
		assertThat(created).hasSize(1);
		assertThat(created.get(0).getRegion()).isEqualTo(Region.NORTH);
		var admin = users.findByUsername(username).orElseThrow();
		assertThat(admin.getStatus()).isEqualTo(UserStatus.INVITED);
		assertThat(admin.getRoles()).containsExactly(nl.samenspel.kernel.Role.ADMIN);
		assertThat(admin.getOrganisationId()).isEqualTo(created.get(0).getId());
		assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).count()).isEqualTo(1);
	}

	@Test
	void refusesHalfASetting() {
		var bootstrap = new Bootstrap(organisations, users, invitations, passwords, Clock.systemUTC(), "Zonder Beheerder", "MIDDLE",
				"", "", "");

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null));
	}

	@Test
	void doesNothingWithoutASetting() {
		var before = organisations.count();

		new Bootstrap(organisations, users, invitations, passwords, Clock.systemUTC(), "", "MIDDLE", "", "", "").run(null);

		assertThat(organisations.count()).isEqualTo(before);
	}

	@Test
	void theFirstAdminsLinkWorksForADay() {
		var name = "Stichting Eendag " + UUID.randomUUID().toString().substring(0, 6);
		var username = "eerste-" + UUID.randomUUID().toString().substring(0, 6);
		new Bootstrap(organisations, users, invitations, passwords, Clock.systemUTC(), name, "MIDDLE", username,
				username + "@welzijn.example", "").run(null);

		var admin = users.findByUsername(username).orElseThrow();
		var hours = jdbc.sql("select created_at, expires_at from one_time_link where app_user_id = :id")
			.param("id", admin.getId())
			.query((rs, n) -> java.time.Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
				.toHours())
			.single();
		assertThat(hours).isEqualTo(24);
	}

	@Test
	void setsTheFirstAdminsPasswordFromTheSettingWithoutALink() {
		var name = "Stichting Zonder Link " + UUID.randomUUID().toString().substring(0, 6);
		var username = "start-" + UUID.randomUUID().toString().substring(0, 6);
		var password = "een lange zin voor de nieuwe beheerder";
		new Bootstrap(organisations, users, invitations, passwords, Clock.systemUTC(), name, "MIDDLE", username,
				username + "@welzijn.example", password).run(null);

		var admin = users.findByUsername(username).orElseThrow();
		assertThat(admin.getStatus()).isEqualTo(UserStatus.ACTIVE);
		assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
		assertThat(jdbc.sql("select count(*) from one_time_link where app_user_id = :id").param("id", admin.getId())
			.query(Integer.class).single()).as("no link to leak").isZero();
	}

	@Test
	void refusesToStartWithAFirstPasswordThePolicyRefuses() {
		var name = "Stichting Zwak " + UUID.randomUUID().toString().substring(0, 6);
		var username = "zwak-" + UUID.randomUUID().toString().substring(0, 6);

		for (var password : java.util.List.of("kort", username + username, "wachtwoord123", "stichting zwak is fijn")) {
			assertThatIllegalStateException().isThrownBy(() -> new Bootstrap(organisations, users, invitations, passwords,
					Clock.systemUTC(), name, "MIDDLE", username, username + "@welzijn.example", password).run(null))
				.withMessageNotContaining(password);
		}
		assertThat(organisations.findAll()).noneMatch(it -> it.getName().equals(name));
		assertThat(users.findByUsername(username)).isEmpty();
	}

	@Test
	void givesEveryDemoUserTheirOwnSalt() {
		var hashes = jdbc.sql("select password_hash from app_user where username in ('admin', 'coordinator', 'volunteer')")
			.query(String.class).list();

		assertThat(hashes).hasSize(3).doesNotHaveDuplicates();
		hashes.forEach(hash -> assertThat(encoder.matches(DemoData.PASSWORD, hash)).isTrue());
	}
}
