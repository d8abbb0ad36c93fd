package nl.samenspel.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.Images;

/** Children's projects with their participants, tasks and photos, always within one organisation. */
@Repository
class ProjectStore {

	private final JdbcClient jdbc;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, ProjectDetails details, UUID by, Instant at) {
		jdbc.sql("""
				insert into participation_project (id, organisation_id, title, goal, activity_id, status, created_by, created_at)
				values (:id, :organisation, :title, :goal, :activity, 'IDEA', :by, :at)""")
			.param("id", id).param("organisation", organisationId).param("title", details.title().strip())
			.param("goal", details.goal().strip()).param("activity", details.activityId()).param("by", by)
			.param("at", Timestamp.from(at)).update();
	}

	void update(UUID id, ProjectDetails details) {
		jdbc.sql("update participation_project set title = :title, goal = :goal, activity_id = :activity where id = :id")
			.param("id", id).param("title", details.title().strip()).param("goal", details.goal().strip())
			.param("activity", details.activityId()).update();
	}

	void progress(UUID id, ProjectStatus status, @Nullable String outcome) {
		jdbc.sql("update participation_project set status = :status, outcome = :outcome where id = :id")
			.param("id", id).param("status", status.name()).param("outcome", outcome).update();
	}

	List<Project.Summary> summaries(UUID organisationId) {
		return jdbc.sql("""
				select p.id, p.title, p.status,
				  (select count(*) from participation_project_member m where m.project_id = p.id) as members,
				  (select count(*) from participation_project_task t where t.project_id = p.id and not t.done) as open_tasks
				from participation_project p where p.organisation_id = :organisation
				order by case when p.status = 'DONE' then 1 else 0 end, p.created_at desc""")
			.param("organisation", organisationId)
			.query((rs, n) -> new Project.Summary(rs.getObject("id", UUID.class), rs.getString("title"),
					ProjectStatus.valueOf(rs.getString("status")), rs.getInt("members"), rs.getInt("open_tasks")))
			.list();
	}

	Optional<Project> project(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_project where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId)
			.query((rs, n) -> project(rs, members(id), tasks(id), photos(id)))
			.optional();
	}

	private static Project project(ResultSet rs, List<Project.Member> members, List<Project.Task> tasks,
			List<Project.Photo> photos) throws SQLException {
		return new Project(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("goal"),
				rs.getObject("activity_id", UUID.class), ProjectStatus.valueOf(rs.getString("status")),
				rs.getString("outcome"), rs.getTimestamp("created_at").toInstant(), members, tasks, photos);
	}

	// participants

	private List<Project.Member> members(UUID projectId) {
		return jdbc.sql("select child_id, role from participation_project_member where project_id = :p order by added_at, child_id")
			.param("p", projectId)
			.query((rs, n) -> new Project.Member(rs.getObject("child_id", UUID.class), rs.getString("role")))
			.list();
	}

	void addMember(UUID projectId, UUID childId, String role, Instant at) {
		jdbc.sql("insert into participation_project_member (project_id, child_id, role, added_at) values (:p, :c, :r, :at)")
			.param("p", projectId).param("c", childId).param("r", role).param("at", Timestamp.from(at)).update();
	}

	/** Takes the child off the project; their tasks go to the group. */
	void removeMember(UUID projectId, UUID childId) {
		jdbc.sql("update participation_project_task set child_id = null where project_id = :p and child_id = :c")
			.param("p", projectId).param("c", childId).update();
		jdbc.sql("delete from participation_project_member where project_id = :p and child_id = :c")
			.param("p", projectId).param("c", childId).update();
	}

	/** A project membership of one child, with the project's title: for the child's access request. */
	record Membership(String project, String role, Instant since) {
	}

	/** The child's project memberships in the organisation, oldest first. */
	List<Membership> membershipsOf(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select p.title, m.role, m.added_at from participation_project_member m
				join participation_project p on p.id = m.project_id
				where p.organisation_id = :o and m.child_id = :c order by m.added_at, p.id limit 200""")
			.param("o", organisationId).param("c", childId)
			.query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Takes the child off every project of the organisation (an erased child): their tasks go to the group. */
	void forgetMember(UUID organisationId, UUID childId) {
		jdbc.sql("""
				update participation_project_task set child_id = null where child_id = :c
				and project_id in (select id from participation_project where organisation_id = :o)""")
			.param("o", organisationId).param("c", childId).update();
		jdbc.sql("""
				delete from participation_project_member where child_id = :c
				and project_id in (select id from participation_project where organisation_id = :o)""")
			.param("o", organisationId).param("c", childId).update();
	}

	// tasks

	private List<Project.Task> tasks(UUID projectId) {
		return jdbc.sql("select * from participation_project_task where project_id = :p order by created_at, id")
			.param("p", projectId)
			.query((rs, n) -> new Project.Task(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getObject("child_id", UUID.class), rs.getBoolean("done")))
			.list();
	}

	void addTask(UUID id, UUID projectId, String text, @Nullable UUID childId, Instant at) {
		jdbc.sql("""
				insert into participation_project_task (id, project_id, text, child_id, done, created_at)
				values (:id, :p, :text, :child, false, :at)""")
			.param("id", id).param("p", projectId).param("text", text).param("child", childId)
			.param("at", Timestamp.from(at)).update();
	}

	boolean markTask(UUID projectId, UUID taskId, boolean done) {
		return jdbc.sql("update participation_project_task set done = :done where id = :id and project_id = :p")
			.param("id", taskId).param("p", projectId).param("done", done).update() > 0;
	}

	// photos

	private List<Project.Photo> photos(UUID projectId) {
		var shown = new HashMap<UUID, List<UUID>>();
		jdbc.sql("""
				select c.photo_id, c.child_id from participation_project_photo_child c
				join participation_project_photo f on f.id = c.photo_id where f.project_id = :p""")
			.param("p", projectId)
			.query(rs -> {
				shown.computeIfAbsent(rs.getObject("photo_id", UUID.class), key -> new ArrayList<>())
					.add(rs.getObject("child_id", UUID.class));
			});
		return jdbc.sql("select id, uploaded_at from participation_project_photo where project_id = :p order by uploaded_at, id")
			.param("p", projectId)
			.query((rs, n) -> {
				var id = rs.getObject("id", UUID.class);
				return new Project.Photo(id, List.copyOf(shown.getOrDefault(id, List.of())),
						rs.getTimestamp("uploaded_at").toInstant());
			})
			.list();
	}

	void addPhoto(UUID id, UUID projectId, UUID organisationId, Images.Image image, Collection<UUID> childIds, UUID by,
			Instant at) {
		jdbc.sql("""
				insert into participation_project_photo (id, project_id, organisation_id, media_type, width, height, content,
				  uploaded_by, uploaded_at)
				values (:id, :p, :organisation, :type, :width, :height, :content, :by, :at)""")
			.param("id", id).param("p", projectId).param("organisation", organisationId).param("type", image.mediaType())
			.param("width", image.width()).param("height", image.height()).param("content", image.content())
			.param("by", by).param("at", Timestamp.from(at)).update();
		childIds.forEach(child -> jdbc.sql("insert into participation_project_photo_child (photo_id, child_id) values (:f, :c)")
			.param("f", id).param("c", child).update());
	}

	Optional<IdeaPictures.Picture> photo(UUID organisationId, UUID projectId, UUID photoId) {
		return jdbc.sql("""
				select media_type, width, height, content from participation_project_photo
				where id = :id and project_id = :p and organisation_id = :organisation""")
			.param("id", photoId).param("p", projectId).param("organisation", organisationId)
			.query((rs, n) -> new IdeaPictures.Picture(rs.getBytes("content"), rs.getString("media_type"),
					rs.getInt("width"), rs.getInt("height")))
			.optional();
	}

	boolean removePhoto(UUID organisationId, UUID projectId, UUID photoId) {
		var found = jdbc.sql("""
				select count(*) from participation_project_photo where id = :id and project_id = :p and organisation_id = :o""")
			.param("id", photoId).param("p", projectId).param("o", organisationId).query(Integer.class).single() > 0;
		if (found) {
			deletePhotos(List.of(photoId));
		}
		return found;
	}

	/** Removes every photo of the organisation that shows the child; how many there were. */
	int removePhotosShowing(UUID organisationId, UUID childId) {
		var ids = jdbc.sql("""
				select f.id from participation_project_photo f join participation_project_photo_child c on c.photo_id = f.id
				where f.organisation_id = :o and c.child_id = :c""")
			.param("o", organisationId).param("c", childId).query(UUID.class).list();
		deletePhotos(ids);
		return ids.size();
	}

	private void deletePhotos(List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("delete from participation_project_photo_child where photo_id in (:ids)").param("ids", ids).update();
		jdbc.sql("delete from participation_project_photo where id in (:ids)").param("ids", ids).update();
	}
}
