package nl.samenspel.reporting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/** The demo MUNICIPALITY user reports on Zonnedal (GM9901); the demo attendance gets its rollups. */
@Component
@Order(60)
class ReportingDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final JdbcClient jdbc;
	private final Rollups rollups;

	ReportingDemoData(DemoMode demo, UserManagement users, JdbcClient jdbc, Rollups rollups) {
		this.demo = demo;
		this.users = users;
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		users.userId(demo.firstOrganisation(), "municipality").ifPresent(user -> {
			if (jdbc.sql("select count(*) from municipality_account where app_user_id = :user").param("user", user)
				.query(Integer.class).single() == 0) {
				jdbc.sql("insert into municipality_account (app_user_id, municipality_code) values (:user, 'GM9901')")
					.param("user", user).update();
			}
		});
		// the demo programme's attendance is written without events: build its rollups now
		rollups.markAll();
		rollups.refresh();
	}
}
