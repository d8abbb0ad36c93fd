package nl.samenspel.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.Images;

/** The ideas' pictures (re-encoded bytes in the database, one per idea), always within one organisation. */
@Repository
class PictureStore {

	private final JdbcClient jdbc;

	PictureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the idea's picture in place of the one it had. */
	void putIdeaPicture(UUID ideaId, UUID organisationId, Images.Image image, UUID by, Instant at) {
		jdbc.sql("delete from participation_idea_picture where idea_id = :idea and organisation_id = :organisation")
			.param("idea", ideaId).param("organisation", organisationId).update();
		jdbc.sql("""
				insert into participation_idea_picture (idea_id, organisation_id, media_type, width, height, content,
				  uploaded_by, uploaded_at)
				values (:idea, :organisation, :type, :width, :height, :content, :by, :at)""")
			.param("idea", ideaId).param("organisation", organisationId).param("type", image.mediaType())
			.param("width", image.width()).param("height", image.height()).param("content", image.content())
			.param("by", by).param("at", Timestamp.from(at)).update();
	}

	Optional<IdeaPictures.Picture> ideaPicture(UUID organisationId, UUID ideaId) {
		return jdbc.sql("""
				select media_type, width, height, content from participation_idea_picture
				where idea_id = :idea and organisation_id = :organisation""")
			.param("idea", ideaId).param("organisation", organisationId)
			.query((rs, n) -> new IdeaPictures.Picture(rs.getBytes("content"), rs.getString("media_type"),
					rs.getInt("width"), rs.getInt("height")))
			.optional();
	}

	boolean hasIdeaPicture(UUID organisationId, UUID ideaId) {
		return jdbc.sql("""
				select count(*) from participation_idea_picture where idea_id = :idea and organisation_id = :organisation""")
			.param("idea", ideaId).param("organisation", organisationId).query(Integer.class).single() > 0;
	}

	/** Which of the organisation's ideas have a picture (only the ids: one small query for a page of ideas). */
	Set<UUID> picturedIdeas(UUID organisationId) {
		return new HashSet<>(jdbc.sql("select idea_id from participation_idea_picture where organisation_id = :organisation")
			.param("organisation", organisationId).query(UUID.class).list());
	}

	boolean removeIdeaPicture(UUID organisationId, UUID ideaId) {
		return jdbc.sql("delete from participation_idea_picture where idea_id = :idea and organisation_id = :organisation")
			.param("idea", ideaId).param("organisation", organisationId).update() > 0;
	}
}
