package nl.samenspel.participation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** A drawing or photo with an idea: re-encoded without EXIF or location, refused when it is no image, moderated. */
class IdeaPictureTests extends IntegrationTest {

	/** Recognisable bytes in the EXIF GPS block, a comment and after the image's end. */
	static final String MARKER = "SPEELTUIN-GPS-52.0907N-5.1214E";

	@Autowired
	ActivityFixtures programme;

	@Autowired
	Rounds rounds;

	@Autowired
	Ideas ideas;

	@Autowired
	IdeaPictures pictures;

	record Setup(ActivityFixtures.World world, Idea idea, UUID child) {
	}

	Setup setup() {
		var world = programme.world();
		var round = rounds.open(world.worker(), new RoundDetails("Herfstweek", null, VotingMethod.APPROVAL, null, null, null));
		var child = programme.child(world, "Noor", 9, true);
		var idea = ideas.propose(world.worker(), new IdeaProposal(round.id(), "Een hut bouwen", child));
		return new Setup(world, idea, child);
	}

	/**
	 * A 64×48 JPEG as a camera writes it: right after SOI an APP1 "Exif" segment with a TIFF header, IFD0 pointing to a
	 * GPS IFD (latitude reference N) and the marker; then a comment with the marker, and the marker after EOI.
	 */
	static byte[] jpegWithExif() throws IOException {
		var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, x < 32 ? 0x2060c0 : 0xe0a020);
			}
		}
		var plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		var jpeg = plain.toByteArray();
		// skip SOI and the JFIF APP0 segment the writer puts first: a camera's file starts with APP1
		var app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
		var rest = java.util.Arrays.copyOfRange(jpeg, 4 + app0Length, jpeg.length);

		var marker = MARKER.getBytes(StandardCharsets.US_ASCII);
		var tiff = new ByteArrayOutputStream();
		tiff.writeBytes(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 }); // big-endian TIFF header, IFD0 at 8
		tiff.writeBytes(new byte[] { 0, 1 }); // IFD0: one entry
		tiff.writeBytes(new byte[] { (byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26 }); // GPSInfo, LONG, 1, at 26
		tiff.writeBytes(new byte[] { 0, 0, 0, 0 }); // no next IFD
		tiff.writeBytes(new byte[] { 0, 2 }); // GPS IFD: two entries
		tiff.writeBytes(new byte[] { 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0 }); // GPSLatitudeRef "N"
		tiff.writeBytes(new byte[] { 0, 27, 0, 7, 0, 0, 0, (byte) marker.length, 0, 0, 0, 56 }); // GPSProcessingMethod
		tiff.writeBytes(new byte[] { 0, 0, 0, 0 });
		tiff.writeBytes(marker);
		var exif = new ByteArrayOutputStream();
		exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		exif.writeBytes(tiff.toByteArray());

		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xff, (byte) 0xd8 });
		segment(out, 0xe1, exif.toByteArray());
		segment(out, 0xfe, marker);
		out.writeBytes(rest);
		out.writeBytes(marker);
		return out.toByteArray();
	}

	static void segment(ByteArrayOutputStream out, int type, byte[] body) {
		var length = body.length + 2;
		out.writeBytes(new byte[] { (byte) 0xff, (byte) type, (byte) (length >> 8), (byte) length });
		out.writeBytes(body);
	}

	/** The types of the JPEG's segments up to the start of the scan. */
	static java.util.List<Integer> segments(byte[] jpeg) {
		var found = new java.util.ArrayList<Integer>();
		var at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
			var type = jpeg[at + 1] & 0xff;
			found.add(type);
			if (type == 0xda) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
		}
		return found;
	}

	static String latin(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	MockHttpServletResponse upload(CurrentUser user, UUID idea, byte[] content) throws Exception {
		return mvc.perform(multipart("/participation/ideas/" + idea + "/picture")
			.file(new MockMultipartFile("picture", "tekening.jpg", "image/jpeg", content)).with(as(user)).with(csrf()))
			.andReturn().getResponse();
	}

	int stored(UUID idea) {
		return jdbc.sql("select count(*) from participation_idea_picture where idea_id = :i").param("i", idea)
			.query(Integer.class).single();
	}

	@Test
	void theStoredPictureHasNoExifNoLocationAndNothingAfterTheImage() throws Exception {
		var s = setup();
		var original = jpegWithExif();
		assertThat(segments(original)).as("the upload does carry EXIF").contains(0xe1);
		assertThat(latin(original)).contains("Exif").contains(MARKER);
		assertThat(ImageIO.read(new ByteArrayInputStream(original)).getWidth()).as("and is a readable JPEG").isEqualTo(64);

		assertThat(upload(s.world().worker(), s.idea().id(), original).getStatus()).isEqualTo(302);

		var shown = mvc.perform(get("/participation/ideas/" + s.idea().id() + "/picture").with(as(s.world().coordinator())))
			.andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentType()).isEqualTo("image/jpeg");
		assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(shown.getHeader("Cache-Control")).contains("no-store");
		var served = shown.getContentAsByteArray();
		var inTable = jdbc.sql("select content from participation_idea_picture where idea_id = :i")
			.param("i", s.idea().id()).query((rs, n) -> rs.getBytes(1)).single();
		assertThat(served).isEqualTo(inTable);
		for (var bytes : java.util.List.of(served, inTable)) {
			assertThat(segments(bytes)).as("no APP1, no comment").doesNotContain(0xe1, 0xfe);
			assertThat(latin(bytes)).doesNotContain("Exif").doesNotContain(MARKER).doesNotContain("MM\0*");
			assertThat((bytes[bytes.length - 2] & 0xff) << 8 | (bytes[bytes.length - 1] & 0xff)).as("ends at EOI")
				.isEqualTo(0xffd9);
			var decoded = ImageIO.read(new ByteArrayInputStream(bytes));
			assertThat(decoded.getWidth()).isEqualTo(64);
			assertThat(decoded.getHeight()).isEqualTo(48);
		}
	}

	@Test
	void notAnImageEmptyOrTooLargeIsRefusedWithAClearMessageAndNothingStored() throws Exception {
		var s = setup();
		var worker = s.world().worker();
		var tooLarge = new byte[IdeaPictures.MAX_BYTES + 1];
		System.arraycopy(jpegWithExif(), 0, tooLarge, 0, 100);

		for (var content : java.util.List.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), new byte[0], tooLarge,
				"GIF89a but not really".getBytes(StandardCharsets.US_ASCII))) {
			var response = upload(worker, s.idea().id(), content);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("Kies een tekening of foto (JPG, PNG of GIF) van hoogstens 5 MB.");
			assertThat(stored(s.idea().id())).isZero();
		}
		assertThatThrownBy(() -> pictures.attach(worker, s.idea().id(), "geen plaatje".getBytes()))
			.isInstanceOf(FieldRejected.class).extracting("field").isEqualTo("picture");
		assertThat(mvc.perform(get("/participation/ideas/" + s.idea().id() + "/picture").with(as(worker))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aDrawingIsKeptAsPngAndALargeOneScaledDown() throws Exception {
		var s = setup();
		var drawing = new BufferedImage(3200, 800, BufferedImage.TYPE_BYTE_INDEXED);
		var gif = new ByteArrayOutputStream();
		ImageIO.write(drawing, "gif", gif);

		var picture = pictures.attach(s.world().worker(), s.idea().id(), gif.toByteArray());

		assertThat(picture.mediaType()).isEqualTo("image/png");
		var stored = ImageIO.read(new ByteArrayInputStream(pictures.picture(s.world().worker(), s.idea().id()).orElseThrow()
			.content()));
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(400);
	}

	@Test
	void anotherOrganisationsIdeaIsNotFoundAndOnlyKeepersMayUpload() throws Exception {
		var s = setup();
		pictures.attach(s.world().worker(), s.idea().id(), jpegWithExif());
		var other = programme.world();

		assertThat(mvc.perform(get("/participation/ideas/" + s.idea().id() + "/picture").with(as(other.worker())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(upload(other.worker(), s.idea().id(), jpegWithExif()).getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> pictures.picture(other.coordinator(), s.idea().id())).isInstanceOf(NotFound.class);
		assertThat(pictures.pictureForChild(other.organisationId(), s.idea().id(), s.child())).isEmpty();

		var volunteer = s.world().volunteer();
		assertThat(upload(volunteer, s.idea().id(), jpegWithExif()).getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/participation/ideas/" + s.idea().id() + "/picture").with(as(volunteer)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		var admin = fixtures.user(s.world().organisationId(), "beheer", Role.ADMIN);
		assertThat(mvc.perform(get("/participation/ideas/" + s.idea().id() + "/picture").with(as(admin)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void otherChildrenSeeThePictureOnlyOnceTheIdeaIsApproved() throws Exception {
		var s = setup();
		var organisation = s.world().organisationId();
		var otherChild = programme.child(s.world(), "Daan", 8, true);

		pictures.attach(organisation, s.idea().id(), s.child(), jpegWithExif(), s.world().worker().id());

		assertThat(pictures.pictureForChild(organisation, s.idea().id(), s.child())).as("their own").isPresent();
		assertThat(pictures.pictureForChild(organisation, s.idea().id(), otherChild)).isEmpty();
		assertThat(pictures.pictureForChild(organisation, s.idea().id(), null)).isEmpty();
		assertThatThrownBy(() -> pictures.attach(organisation, s.idea().id(), otherChild, jpegWithExif(),
				s.world().worker().id())).as("not their idea").isInstanceOf(NotFound.class);

		ideas.approve(s.world().worker(), s.idea().id());

		assertThat(pictures.pictureForChild(organisation, s.idea().id(), otherChild)).isPresent();
		assertThatThrownBy(() -> pictures.attach(organisation, s.idea().id(), s.child(), jpegWithExif(),
				s.world().worker().id())).as("an approved idea's picture is not changed from the kiosk")
			.isInstanceOf(FieldRejected.class);
	}

	@Test
	void staffRemoveAPicture() throws Exception {
		var s = setup();
		pictures.attach(s.world().worker(), s.idea().id(), jpegWithExif());
		var page = mvc.perform(get("/participation/ideas/" + s.idea().id()).with(as(s.world().worker()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("/participation/ideas/" + s.idea().id() + "/picture\"");

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/participation/ideas/" + s.idea().id() + "/picture/remove").with(as(s.world().worker())).with(csrf()));

		assertThat(stored(s.idea().id())).isZero();
	}
}
