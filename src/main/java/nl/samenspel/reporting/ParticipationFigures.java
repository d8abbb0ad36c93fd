package nl.samenspel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Children's participation in a period (issue 17): ideas proposed and where they stand, ballots and the children who
 * cast them, children's questions and how fast they were answered, and feedback after sessions, per activity. Counted
 * from the views participation publishes ({@code V40__participation_published_views.sql}: ids, moments, statuses,
 * scores and record keys, never a text), with the children's home neighbourhood from {@code children_child_facts} and
 * {@code organisation_neighbourhood_facts}, and a session's place from {@code report_session}.
 *
 * <p>Who sees what is {@link ReportScope}'s, as for {@link CaseFigures}: a COORDINATOR their own organisation's counts
 * as they are (optionally narrowed to one of its municipalities); a MUNICIPALITY user their own municipality's, across
 * organisations, for a fixed calendar period only, every count (lines and totals, each a cell of its own) perturbed by
 * its cell key ({@link CellKey}). An idea, a ballot or a question belongs to the municipality of the child's home
 * neighbourhood (an idea on behalf of a group, an anonymous question and a child without a home neighbourhood count in
 * no municipality's figures); feedback to the municipality of the session's location. A median is shown to a
 * municipality only when the answered count is shown as 10 or more and the count within the target is shown
 * ({@link #medianShown}); an average score is worked out from the score counts as shown, and shown only when each of
 * them and the feedback count are shown. Either of them exact beside the perturbed counts, shown whenever the count
 * under it was, gave hidden counts back (ParticipationDifferencingTests).
 */
@Service
@Transactional(readOnly = true)
public class ParticipationFigures {

	static final String DONE = "DONE";

	static final String PLANNED = "PLANNED";

	/** The municipality of the child's home neighbourhood, for a view with a {@code child_id}. */
	private static final String HOME = " left join children_child_facts c on c.child_id = x.child_id"
			+ " left join organisation_neighbourhood_facts n on n.neighbourhood_id = c.neighbourhood_id";

	/**
	 * The same for an idea or a question, whose child may have been erased since: participation then keeps the
	 * neighbourhood the child lived in instead of the child's id (V57), so the row stays in its municipality.
	 */
	private static final String HOME_OR_ERASED = " left join children_child_facts c on c.child_id = x.child_id"
			+ " left join organisation_neighbourhood_facts n"
			+ " on n.neighbourhood_id = coalesce(c.neighbourhood_id, x.erased_neighbourhood_id)";

	private final JdbcClient jdbc;
	private final ReportScope scopes;
	private final OrganisationManagement organisations;
	private final Duration target;

	ParticipationFigures(JdbcClient jdbc, ReportScope scopes, OrganisationManagement organisations,
			@Value("${samenspel.participation.question-target:P7D}") Duration target) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.organisations = organisations;
		this.target = target;
	}

	/** A line's cells before they are published: every count with its key sum. */
	private static final class Cells {
		CellKey.Cell byChildren = CellKey.Cell.EMPTY;
		CellKey.Cell forGroups = CellKey.Cell.EMPTY;
		CellKey.Cell planned = CellKey.Cell.EMPTY;
		CellKey.Cell done = CellKey.Cell.EMPTY;
		CellKey.Cell ballots = CellKey.Cell.EMPTY;
		CellKey.Cell voters = CellKey.Cell.EMPTY;
		CellKey.Cell[] scores = { CellKey.Cell.EMPTY, CellKey.Cell.EMPTY, CellKey.Cell.EMPTY, CellKey.Cell.EMPTY,
				CellKey.Cell.EMPTY };

		CellKey.Cell feedback() {
			var all = CellKey.Cell.EMPTY;
			for (var it : scores) {
				all = all.plus(it);
			}
			return all;
		}
	}

	/**
	 * The figures for a period (whole Dutch days, from the first to the last), with the same checks as
	 * {@link CaseFigures#figures}: an end before the start, a period over five years, or a coordinator naming a
	 * municipality the organisation does not work in is a rejected field; a municipality user naming another
	 * municipality is not found, and a period that is no whole month, quarter or year a rejected {@code from}.
	 */
	public ParticipationFigureTables figures(CurrentUser user, LocalDate from, LocalDate to,
			@Nullable String municipalityCode) {
		var scope = scopes.of(user, from, to, municipalityCode);
		var perActivity = new HashMap<ActivityKey, Cells>();
		var total = new Cells();

		jdbc.sql("select v.activity_id, v.by_child, v.status, count(*), coalesce(sum(v.record_key), 0), v.organisation_id from ("
				+ "select x.organisation_id, x.activity_id, x.created_at, x.status, x.record_key, n.municipality_code,"
				+ " x.by_child"
				+ " from participation_idea_facts x" + HOME_OR_ERASED + ") v where " + scope.where("v", "created_at")
				+ " group by v.organisation_id, v.activity_id, v.by_child, v.status")
			.params(scope.params())
			.query(rs -> {
				var cell = new CellKey.Cell(rs.getLong(4), rs.getLong(5));
				var status = rs.getString(3);
				for (var cells : List.of(perActivity.computeIfAbsent(activity(rs.getObject(6), rs.getObject(1)), it -> new Cells()), total)) {
					if (rs.getInt(2) == 1) {
						cells.byChildren = cells.byChildren.plus(cell);
					}
					else {
						cells.forGroups = cells.forGroups.plus(cell);
					}
					if (DONE.equals(status)) {
						cells.done = cells.done.plus(cell);
					}
					else if (PLANNED.equals(status)) {
						cells.planned = cells.planned.plus(cell);
					}
				}
			});

		var ballots = "select x.organisation_id, x.activity_id, x.child_id, x.cast_at, x.record_key, c.record_key as child_key,"
				+ " n.municipality_code from participation_ballot_facts x" + HOME;
		jdbc.sql("select v.activity_id, count(*), coalesce(sum(v.record_key), 0), v.organisation_id from (" + ballots
				+ ") v where " + scope.where("v", "cast_at") + " group by v.organisation_id, v.activity_id")
			.params(scope.params())
			.query(rs -> {
				var cell = new CellKey.Cell(rs.getLong(2), rs.getLong(3));
				var cells = perActivity.computeIfAbsent(activity(rs.getObject(4), rs.getObject(1)), it -> new Cells());
				cells.ballots = cells.ballots.plus(cell);
				total.ballots = total.ballots.plus(cell);
			});
		// children who voted: distinct per activity, and distinct over the whole table for the total (a child who voted
		// on two activities is one child), each keyed by the children's own record keys
		jdbc.sql("select w.activity_id, count(*), coalesce(sum(w.child_key), 0), w.organisation_id from (select distinct"
				+ " v.organisation_id, v.activity_id, v.child_id, v.child_key from (" + ballots + ") v where "
				+ scope.where("v", "cast_at") + ") w group by w.organisation_id, w.activity_id")
			.params(scope.params())
			.query(rs -> {
				perActivity.computeIfAbsent(activity(rs.getObject(4), rs.getObject(1)), it -> new Cells()).voters = new CellKey.Cell(
						rs.getLong(2), rs.getLong(3));
			});
		jdbc.sql("select count(*), coalesce(sum(w.child_key), 0) from (select distinct v.child_id, v.child_key from ("
				+ ballots + ") v where " + scope.where("v", "cast_at") + ") w")
			.params(scope.params())
			.query(rs -> {
				total.voters = new CellKey.Cell(rs.getLong(1), rs.getLong(2));
			});

		jdbc.sql("select v.activity_id, v.score, count(*), coalesce(sum(v.record_key), 0), v.organisation_id from ("
				+ "select x.organisation_id, x.activity_id, x.score, x.recorded_at, x.record_key, s.municipality_code"
				+ " from participation_feedback_facts x left join report_session s on s.session_id = x.session_id) v where "
				+ scope.where("v", "recorded_at") + " group by v.organisation_id, v.activity_id, v.score")
			.params(scope.params())
			.query(rs -> {
				var score = rs.getInt(2);
				if (score < 1 || score > 5) {
					return;
				}
				var cell = new CellKey.Cell(rs.getLong(3), rs.getLong(4));
				var cells = perActivity.computeIfAbsent(activity(rs.getObject(5), rs.getObject(1)), it -> new Cells());
				cells.scores[score - 1] = cells.scores[score - 1].plus(cell);
				total.scores[score - 1] = total.scores[score - 1].plus(cell);
			});

		var titles = titles(perActivity.keySet());
		var organisationIds = perActivity.keySet().stream().map(ActivityKey::organisationId).distinct().toList();
		var names = organisationIds.isEmpty() ? Map.<UUID, String>of() : organisations.organisationNames(organisationIds);
		var lines = new ArrayList<ParticipationFigureTables.Line>();
		perActivity.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<ActivityKey, Cells> it) -> String.valueOf(names.get(it.getKey().organisationId())),
					String.CASE_INSENSITIVE_ORDER)
				.thenComparing(it -> String.valueOf(it.getKey().organisationId()))
				.thenComparing(it -> it.getKey().id() == null)
				.thenComparing(it -> String.valueOf(titles.get(it.getKey().id())), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(it -> String.valueOf(it.getKey().id())))
			.forEach(it -> lines.add(line(names.get(it.getKey().organisationId()), it.getKey().id(),
					titles.get(it.getKey().id()), it.getValue(), scope.suppressed())));
		return new ParticipationFigureTables(from, to, scope.municipalityCode(), scope.suppressed(), List.copyOf(lines),
				line(null, null, null, total, scope.suppressed()), questions(scope));
	}

	/**
	 * An organisation's activity, or its rounds about no activity ({@code id} null): a line, and a map key that may
	 * hold null.
	 */
	private record ActivityKey(UUID organisationId, @Nullable UUID id) {
	}

	private static ActivityKey activity(Object organisationId, @Nullable Object id) {
		return new ActivityKey(uuid(organisationId), id == null ? null : uuid(id));
	}

	private static UUID uuid(Object id) {
		return id instanceof UUID uuid ? uuid : UUID.fromString(id.toString());
	}

	/** The activities' titles, the programme's published names. */
	private Map<UUID, String> titles(java.util.Set<ActivityKey> activities) {
		var ids = activities.stream().map(ActivityKey::id).filter(Objects::nonNull).toList();
		var titles = new HashMap<UUID, String>();
		if (!ids.isEmpty()) {
			jdbc.sql("select a.activity_id, a.title from report_activity a where a.activity_id in (:ids)").param("ids", ids)
				.query(rs -> {
					titles.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		return titles;
	}

	private static ParticipationFigureTables.Line line(@Nullable String organisation, @Nullable UUID activityId,
			@Nullable String title, Cells cells, boolean suppressed) {
		var feedback = cells.feedback();
		var scores = new ArrayList<ParticipationFigureTables.Score>();
		// the average over the counts as the reader gets them: for a municipality the perturbed ones, and none when one
		// of them is "<5" (an exact average beside perturbed counts would give a hidden count back)
		long points = 0;
		long forms = 0;
		boolean everyScoreShown = true;
		for (int i = 0; i < 5; i++) {
			var count = shown(cells.scores[i], suppressed);
			scores.add(new ParticipationFigureTables.Score(i + 1, count));
			if (count == null) {
				everyScoreShown = false;
			}
			else {
				points += (i + 1) * count;
				forms += count;
			}
		}
		var shownFeedback = shown(feedback, suppressed);
		BigDecimal average = forms == 0 || shownFeedback == null || !everyScoreShown ? null
				: BigDecimal.valueOf(points).divide(BigDecimal.valueOf(forms), 1, RoundingMode.HALF_UP);
		return new ParticipationFigureTables.Line(organisation, activityId, title, shown(cells.byChildren.plus(cells.forGroups), suppressed),
				shown(cells.byChildren, suppressed), shown(cells.forGroups, suppressed), shown(cells.planned, suppressed),
				shown(cells.done, suppressed), shown(cells.ballots, suppressed), shown(cells.voters, suppressed),
				shownFeedback, average, List.copyOf(scores));
	}

	/** A count as the reader gets it: as it is, or for a municipality perturbed by its cell key (null: "<5"). */
	private static @Nullable Long shown(CellKey.Cell cell, boolean suppressed) {
		return suppressed ? CellKey.publish(cell) : Long.valueOf(cell.count());
	}

	/**
	 * The questions asked in the period: their moments are read (no text), and the times to an answer worked out in
	 * Java from the two moments, so that H2 and PostgreSQL give the same median.
	 */
	private ParticipationFigureTables.QuestionFigures questions(ReportScope.Scope scope) {
		var asked = new long[2];
		var answered = new long[2];
		var within = new long[2];
		var waits = new ArrayList<Duration>();
		jdbc.sql("select v.asked_at, v.answered_at, v.record_key from (select x.organisation_id, x.asked_at, x.answered_at,"
				+ " x.record_key, n.municipality_code from participation_question_facts x" + HOME_OR_ERASED + ") v where "
				+ scope.where("v", "asked_at"))
			.params(scope.params())
			.query(rs -> {
				long key = rs.getLong(3);
				asked[0]++;
				asked[1] += key;
				var answeredAt = rs.getTimestamp(2);
				if (answeredAt != null) {
					var wait = Duration.between(rs.getTimestamp(1).toInstant(), answeredAt.toInstant());
					waits.add(wait);
					answered[0]++;
					answered[1] += key;
					if (wait.compareTo(target) <= 0) {
						within[0]++;
						within[1] += key;
					}
				}
			});
		var answeredCell = new CellKey.Cell(answered[0], answered[1]);
		var shownAnswered = shown(answeredCell, scope.suppressed());
		var shownWithin = shown(new CellKey.Cell(within[0], within[1]), scope.suppressed());
		var median = waits.isEmpty() || !medianShown(shownAnswered, shownWithin, scope.suppressed()) ? null
				: medianHours(waits);
		return new ParticipationFigureTables.QuestionFigures(shown(new CellKey.Cell(asked[0], asked[1]), scope.suppressed()),
				shownAnswered, shownWithin, median, target.toHours());
	}

	/** The smallest answered count, as shown, that a municipality sees a median beside. */
	static final int MEDIAN_FROM = 2 * CellKey.THRESHOLD;

	/**
	 * Whether the median goes with the counts as shown. The median tells on which side of the target half the waits
	 * lie: above it, at most half of the answered questions were answered within it. Beside perturbed counts that can
	 * give a hidden one back (6 answered shown, so at most 9, and a median above the target leave at most 4 within it;
	 * a shown 5 within is at least 4: ParticipationDifferencingTests), and below it, with the count within shown as
	 * "&lt;5", so can at least half of a large answered count. So a municipality sees it only when the answered count
	 * is shown as {@link #MEDIAN_FROM} or more (half of what it can be is then 6 or more, above every hidden value)
	 * and the count within the target is shown too.
	 */
	static boolean medianShown(@Nullable Long answered, @Nullable Long within, boolean suppressed) {
		if (!suppressed) {
			return true;
		}
		return answered != null && answered >= MEDIAN_FROM && within != null;
	}

	/**
	 * The median of the waits in hours, one decimal, rounded half up: the middle one of an odd number, the mean of the
	 * two middle ones of an even number.
	 */
	static BigDecimal medianHours(List<Duration> waits) {
		if (waits.isEmpty()) {
			throw new IllegalArgumentException("a median of nothing");
		}
		var seconds = waits.stream().mapToLong(Duration::toSeconds).sorted().toArray();
		int middle = seconds.length / 2;
		var twice = seconds.length % 2 == 1 ? BigDecimal.valueOf(seconds[middle]).multiply(BigDecimal.valueOf(2))
				: BigDecimal.valueOf(seconds[middle - 1]).add(BigDecimal.valueOf(seconds[middle]));
		return twice.divide(BigDecimal.valueOf(2 * 3600), 1, RoundingMode.HALF_UP);
	}
}
