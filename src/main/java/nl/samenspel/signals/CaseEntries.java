package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was recorded in the steps of the cases, as stored: content and reference sealed. */
@Repository
class CaseEntries {

	/** An entry as stored; {@code content} and {@code reference} are sealed with the entry's id. */
	record Row(UUID id, UUID caseId, EntryKind kind, @Nullable Integer question, @Nullable Boolean answer,
			@Nullable Hypothesis hypothesis, @Nullable String content, @Nullable String reference, UUID recordedBy,
			Instant recordedAt) {
	}

	private final JdbcClient jdbc;

	CaseEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("""
				insert into case_entry (id, case_id, step, kind, question, answer, hypothesis, content, reference, recorded_by,
				  recorded_at)
				values (:id, :case, :step, :kind, :question, :answer, :hypothesis, :content, :reference, :by, :now)""")
			.param("id", row.id()).param("case", row.caseId()).param("step", row.kind().step()).param("kind", row.kind().name())
			.param("question", row.question()).param("answer", row.answer())
			.param("hypothesis", row.hypothesis() == null ? null : row.hypothesis().name())
			.param("content", row.content()).param("reference", row.reference())
			.param("by", row.recordedBy()).param("now", Timestamp.from(row.recordedAt()))
			.update();
	}

	/** The case's entries by step, in the order they were recorded. */
	List<Row> of(UUID caseId) {
		return jdbc.sql("select * from case_entry where case_id = :case order by step, recorded_at, id").param("case", caseId)
			.query((rs, n) -> {
				var hypothesis = rs.getString("hypothesis");
				return new Row(rs.getObject("id", UUID.class), caseId, EntryKind.valueOf(rs.getString("kind")),
						(Integer) rs.getObject("question"), (Boolean) rs.getObject("answer"),
						hypothesis == null ? null : Hypothesis.valueOf(hypothesis), rs.getString("content"),
						rs.getString("reference"), rs.getObject("recorded_by", UUID.class),
						rs.getTimestamp("recorded_at").toInstant());
			})
			.list();
	}

	/** The afwegingskader's answers so far, question 1 first. */
	List<Boolean> answers(UUID caseId) {
		return jdbc.sql("select answer from case_entry where case_id = :case and kind = 'WEIGHING' order by question")
			.param("case", caseId).query(Boolean.class).list();
	}

	List<EntryKind> kinds(UUID caseId) {
		return jdbc.sql("select distinct kind from case_entry where case_id = :case").param("case", caseId)
			.query(String.class).list().stream().map(EntryKind::valueOf).toList();
	}

	/** Marks a hypothesis of the case; false when the case has no such hypothesis. */
	boolean judge(UUID caseId, UUID entryId, Hypothesis judged) {
		return jdbc.sql("update case_entry set hypothesis = :h where id = :id and case_id = :case and kind = 'HYPOTHESIS'")
			.param("h", judged.name()).param("id", entryId).param("case", caseId).update() > 0;
	}

	void deleteOf(UUID caseId) {
		jdbc.sql("delete from case_entry where case_id = :id").param("id", caseId).update();
	}
}
