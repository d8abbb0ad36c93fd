package nl.samenspel.activities;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link ChildManagement#cards} gives each caller (issue 16): staff every child of the organisation, a PARENT
 * their own children, a VOLUNTEER only the children on the lists of the sessions they work at (enrolled or marked
 * there), whatever ids the calling module passes; any other role no child at all.
 */
class ChildCardTests extends IntegrationTest {

	@Autowired
	ActivityFixtures activities;

	@Autowired
	ChildManagement children;

	@Autowired
	Attendance attendance;

	@Test
	void aVolunteerGetsOnlyTheChildrenOfTheSessionsTheyWorkAt() {
		var world = activities.world();
		var own = activities.activity(world, Mode.SERIES, 10, 4, 12);
		var ownSession = activities.session(world, own, ActivityFixtures.today());
		var enrolled = activities.child(world, "Ilse", 7, true);
		activities.enrol(world, own, enrolled, false);
		var elsewhere = activities.child(world, "Joris", 8, true);
		var nowhere = activities.child(world, "Kees", 9, true);
		var other = activities.activity(world, Mode.SERIES, 10, 4, 12);
		var otherSession = activities.session(world, other, ActivityFixtures.today());
		activities.enrol(world, other, elsewhere, false);
		activities.withoutVolunteers(otherSession);
		var ids = List.of(enrolled, elsewhere, nowhere);

		assertThat(children.cards(world.volunteer(), ids)).extracting(ChildCard::id).containsExactly(enrolled);
		assertThat(children.cards(world.worker(), ids)).extracting(ChildCard::id).containsExactly(enrolled, elsewhere, nowhere);
		for (var role : List.of(Role.ADMIN, Role.PARTNER, Role.MUNICIPALITY, Role.CHILD)) {
			var user = fixtures.user(world.organisationId(), "kaart-" + role.name().toLowerCase(), role);
			assertThat(children.cards(user, ids)).as(role.name()).isEmpty();
		}
		var parent = activities.parentOf(world, nowhere);
		assertThat(children.cards(parent, ids)).extracting(ChildCard::id).containsExactly(nowhere);

		var sheet = attendance.sheet(world.volunteer(), ownSession.id());
		assertThat(sheet.lines()).extracting(line -> line.child().firstName()).containsExactly("Ilse");
	}
}
