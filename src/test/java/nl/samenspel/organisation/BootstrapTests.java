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

	@Test
	void createsTheFirstOrganisationAndInvitesItsAdminOnce() throws Exception {
		var name = "Stichting Welzijn " + UUID.randomUUID().toString().substring(0, 6);
		var username = "beheer-" + UUID.randomUUID().toString().substring(0, 6);
		var email = username + "@welzijn.example";
		var bootstrap = new Bootstrap(organisations, users, invitations, Clock.systemUTC(), name, "north", username, email);

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
		var bootstrap = new Bootstrap(organisations, users, invitations, Clock.systemUTC(), "Zonder Beheerder", "MIDDLE", "",
				"");

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null));
	}

	@Test
	void doesNothingWithoutASetting() {
		var before = organisations.count();

		new Bootstrap(organisations, users, invitations, Clock.systemUTC(), "", "MIDDLE", "", "").run(null);

		assertThat(organisations.count()).isEqualTo(before);
	}
}
