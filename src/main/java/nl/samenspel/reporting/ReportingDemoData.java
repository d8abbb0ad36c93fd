package nl.samenspel.reporting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * The demo MUNICIPALITY user reports on Zonnedal (GM9901); the demo attendance gets its rollups; Zonnedal gets a
 * report template of its own.
 */
@Component
@Order(60)
class ReportingDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final JdbcClient jdbc;
	private final Rollups rollups;
	private final ReportTemplates templates;

	ReportingDemoData(DemoMode demo, UserManagement users, JdbcClient jdbc, Rollups rollups, ReportTemplates templates) {
		this.demo = demo;
		this.users = users;
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.templates = templates;
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
		// Zonnedal's own report format: a report template for GM9901, made by the demo coordinator
		users.userId(demo.firstOrganisation(), "coordinator").ifPresent(coordinator -> {
			if (jdbc.sql("select count(*) from report_template where organisation_id = :organisation")
				.param("organisation", demo.firstOrganisation()).query(Integer.class).single() == 0) {
				templates.insert(demo.firstOrganisation(), coordinator, new ReportTemplates.Checked("GM9901",
						"Jaarverslag Zonnedal", ReportTemplate.Period.YEAR,
						java.util.List.of(Figure.PARTICIPATIONS, Figure.UNIQUE_CHILDREN, Figure.NEW_CHILDREN,
								Figure.SESSIONS_HELD, Figure.ACTIVITY_HOURS),
						java.util.List.of(ReportTemplate.Breakdown.NEIGHBOURHOOD, ReportTemplate.Breakdown.MONTH)));
			}
		});
	}
}
