package nl.samenspel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MenuTests {

	static final NavigationItem TODAY = item(NavigationGroup.ACTIVITIES, "/sessions", 5);
	static final NavigationItem PROGRAMME = item(NavigationGroup.ACTIVITIES, "/activities", 6);
	static final NavigationItem CHILDREN = item(NavigationGroup.CHILDREN, "/children", 10);
	static final NavigationItem SIGNALS = item(NavigationGroup.CHILDREN, "/signals", 12);
	static final NavigationItem COVERAGE = item(NavigationGroup.PLANNING, "/coverage", 16);
	static final NavigationItem HOLIDAYS = item(NavigationGroup.PLANNING, "/holidays", 17);
	static final NavigationItem REPORTS = item(NavigationGroup.REPORTS, "/reports", 18);
	static final NavigationItem LOCATIONS = item(NavigationGroup.ADMINISTRATION, "/locations", 50);
	static final NavigationItem ACCOUNT = item(NavigationGroup.ACCOUNT, "/account", 200);

	static final List<NavigationItem> MANY = List.of(TODAY, PROGRAMME, CHILDREN, SIGNALS, COVERAGE, HOLIDAYS, REPORTS,
			LOCATIONS, ACCOUNT);

	@Test
	void aPhoneShowsTheFirstThreeAndTheCurrentPageAndTheRestBehindMeer() {
		var menu = Menu.of(MANY, LOCATIONS::equals);

		assertThat(menu.quick()).containsExactly(TODAY, PROGRAMME, CHILDREN, LOCATIONS);
		assertThat(menu.hasMore()).isTrue();
		assertThat(menu.more()).extracting(Menu.Group::group)
			.containsExactly(NavigationGroup.CHILDREN, NavigationGroup.PLANNING, NavigationGroup.REPORTS,
					NavigationGroup.ACCOUNT);
		assertThat(menu.more().stream().flatMap(group -> group.items().stream()))
			.containsExactly(SIGNALS, COVERAGE, HOLIDAYS, REPORTS, ACCOUNT);
	}

	@Test
	void aLongMenuIsGroupedWithLabels() {
		var menu = Menu.of(MANY, it -> false);

		assertThat(menu.all()).extracting(Menu.Group::group).containsExactly(NavigationGroup.ACTIVITIES,
				NavigationGroup.CHILDREN, NavigationGroup.PLANNING, NavigationGroup.REPORTS,
				NavigationGroup.ADMINISTRATION, NavigationGroup.ACCOUNT);
		assertThat(menu.all()).extracting(Menu.Group::labelled).containsOnly(true);
		assertThat(menu.all().get(0).labelId("nav-all")).isEqualTo("nav-all-activities");
	}

	@Test
	void aShortMenuIsOnePlainRowWithoutMeer() {
		var menu = Menu.of(List.of(CHILDREN, SIGNALS, REPORTS, ACCOUNT), ACCOUNT::equals);

		assertThat(menu.quick()).containsExactly(CHILDREN, SIGNALS, REPORTS, ACCOUNT);
		assertThat(menu.hasMore()).isFalse();
		assertThat(menu.all()).singleElement().satisfies(group -> {
			assertThat(group.labelled()).isFalse();
			assertThat(group.items()).containsExactly(CHILDREN, SIGNALS, REPORTS, ACCOUNT);
		});
	}

	@Test
	void aMediumMenuHasMeerButNoGroupLabels() {
		var menu = Menu.of(List.of(CHILDREN, SIGNALS, COVERAGE, REPORTS, LOCATIONS, ACCOUNT), it -> false);

		assertThat(menu.quick()).containsExactly(CHILDREN, SIGNALS, COVERAGE);
		assertThat(menu.more()).singleElement().satisfies(group -> {
			assertThat(group.labelled()).isFalse();
			assertThat(group.items()).containsExactly(REPORTS, LOCATIONS, ACCOUNT);
		});
	}

	private static NavigationItem item(NavigationGroup group, String path, int order) {
		return new NavigationItem(group, "nav" + path.replace('/', '.'), path, order, Set.of());
	}
}
