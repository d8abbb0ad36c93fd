package nl.samenspel.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The role groups are defined once, and their route rule names exactly the same roles. */
class RoleTests {

	@Test
	void theStaffRuleNamesExactlyTheStaffRoles() {
		var named = EnumSet.noneOf(Role.class);
		var matcher = Pattern.compile("'([A-Z_]+)'").matcher(Role.STAFF_RULE);
		while (matcher.find()) {
			named.add(Role.valueOf(matcher.group(1)));
		}

		assertThat(Role.STAFF_RULE).startsWith("hasAnyRole(");
		assertThat(named).isEqualTo(Role.STAFF);
		assertThat(Role.STAFF).containsExactlyInAnyOrder(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER);
		assertThat(Arrays.asList(Role.staff())).containsExactlyInAnyOrderElementsOf(Role.STAFF);
		assertThatThrownBy(() -> Role.STAFF.add(Role.VOLUNTEER)).as("nobody widens the group by accident")
			.isInstanceOf(UnsupportedOperationException.class);
	}
}
