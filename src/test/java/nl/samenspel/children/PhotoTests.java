package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.samenspel.IntegrationTest;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A photo only while photo consent allows it: refused without, removed when consent for internal photos is
 * withdrawn (the reaction to {@link ConsentWithdrawn}), kept when only the website's consent is.
 */
@RecordApplicationEvents
class PhotoTests extends IntegrationTest {

	static final byte[] PNG = png();

	/** A real 2×2 PNG with a text chunk holding a location, which the stored photo must not keep. */
	static byte[] png() {
		try {
			var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
			image.setRGB(0, 0, 0xff0000);
			var writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
			var metadata = writer.getDefaultImageMetadata(
					javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), null);
			var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
			var text = new javax.imageio.metadata.IIOMetadataNode("tEXt");
			var entry = new javax.imageio.metadata.IIOMetadataNode("tEXtEntry");
			entry.setAttribute("keyword", "Location");
			entry.setAttribute("value", "GPS 52.0907 5.1214 Speeltuin");
			text.appendChild(entry);
			root.appendChild(text);
			metadata.mergeTree("javax_imageio_png_1.0", root);
			var out = new java.io.ByteArrayOutputStream();
			try (var stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(new javax.imageio.IIOImage(image, null, metadata));
			}
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Autowired
	ChildRegistry registry;

	@Autowired
	ChildGuardians guardianship;

	@Autowired
	ChildConsents consents;

	@Autowired
	ApplicationEvents events;

	@Test
	void keepsAPhotoOnlyWhileConsentAllowsIt() throws Exception {
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails("Pim", "Hendriks", LocalDate.now().minusYears(7),
				Gender.BOY, null, null, null, null)).getId();

		var refused = upload(worker, child, PNG);
		assertThat(refused).contains("Er is geen toestemming voor foto's voor intern gebruik.")
			.as("no consent, no upload form either").doesNotContain("Foto opslaan");

		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Ouder Hendriks", Relation.FATHER, null,
				null, "nl"));
		var consent = consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(),
				ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER));
		assertThat(upload(worker, child, "geen plaatje".getBytes())).contains("Kies een JPEG- of PNG-foto");
		upload(worker, child, PNG);

		var shown = mvc.perform(get("/children/" + child + "/photo").with(as(worker))).andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentType()).isEqualTo("image/png");
		assertThat(new String(PNG, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Speeltuin");
		assertThat(new String(shown.getContentAsByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.as("the metadata is gone").doesNotContain("Speeltuin").doesNotContain("GPS");
		var stored = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(shown.getContentAsByteArray()));
		assertThat(stored.getWidth()).isEqualTo(2);
		assertThat(stored.getRGB(0, 0) & 0xffffff).as("the picture itself stays").isEqualTo(0xff0000);
		var key = jdbc.sql("select photo_key from child where id = :id").param("id", child).query(String.class).single();
		assertThat(java.nio.file.Path.of("target/test-files", key)).exists();

		consents.withdrawConsent(worker, child, consent.getId());

		assertThat(mvc.perform(get("/children/" + child + "/photo").with(as(worker))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(java.nio.file.Path.of("target/test-files", key)).doesNotExist();
	}

	@Test
	void withdrawingTheWebsitesConsentKeepsTheInternalPhotoAndWithdrawingTheInternalOneRemovesIt() throws Exception {
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails("Fenna", "Bos", LocalDate.now().minusYears(8),
				Gender.GIRL, null, null, null, null)).getId();
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Ouder Bos", Relation.MOTHER, null,
				null, "nl"));
		var internal = consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(),
				ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER));
		var website = consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(),
				ConsentPurpose.PHOTOS_WEBSITE, ConsentMethod.PAPER));
		upload(worker, child, PNG);
		var key = jdbc.sql("select photo_key from child where id = :id").param("id", child).query(String.class).single();

		consents.withdrawConsent(worker, child, website.getId());

		assertThat(events.stream(ConsentWithdrawn.class).filter(it -> it.childId().equals(child)))
			.containsExactly(new ConsentWithdrawn(organisation, child, ConsentPurpose.PHOTOS_WEBSITE,
					LocalDate.now(ChildDetailsRules.ZONE)));
		assertThat(mvc.perform(get("/children/" + child + "/photo").with(as(worker))).andReturn().getResponse()
			.getStatus()).as("the record's photo was never on the website").isEqualTo(200);
		assertThat(java.nio.file.Path.of("target/test-files", key)).exists();

		consents.withdrawConsent(worker, child, internal.getId());
		consents.withdrawConsent(worker, child, internal.getId());

		assertThat(events.stream(ConsentWithdrawn.class).filter(it -> it.childId().equals(child))
			.map(ConsentWithdrawn::purpose)).as("once per withdrawal, not again for one already withdrawn")
			.containsExactly(ConsentPurpose.PHOTOS_WEBSITE, ConsentPurpose.PHOTOS_INTERNAL);
		assertThat(mvc.perform(get("/children/" + child + "/photo").with(as(worker))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(java.nio.file.Path.of("target/test-files", key)).doesNotExist();
		assertThat(jdbc.sql("select photo_key from child where id = :id").param("id", child)
			.query((rs, n) -> rs.getString(1) == null).single()).as("no photo key left").isTrue();
	}

	/**
	 * A PNG that claims 20000 × 20000 pixels in its header and carries only the first rows: a few hundred bytes that
	 * would take 400 million pixels to decode. It must be refused from its header, before any decoding.
	 */
	static byte[] pngBomb() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		var header = java.nio.ByteBuffer.allocate(13).putInt(20000).putInt(20000)
			.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array();
		chunk(out, "IHDR", header);
		var deflated = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.DeflaterOutputStream(deflated)) {
			zip.write(new byte[10 * (1 + 2500)]);
		}
		chunk(out, "IDAT", deflated.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws Exception {
		var crc = new java.util.zip.CRC32();
		crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		crc.update(data);
		var stream = new java.io.DataOutputStream(out);
		stream.writeInt(data.length);
		stream.writeBytes(type);
		stream.write(data);
		stream.writeInt((int) crc.getValue());
	}

	@Test
	void refusesAnImageBombFromItsHeaderAndScalesALargePhotoDown() throws Exception {
		var organisation = fixtures.organisation();
		var worker = fixtures.user(organisation, "werker", Role.WORKER);
		var child = registry.register(worker, new ChildDetails("Sem", "Visser", LocalDate.now().minusYears(6),
				Gender.BOY, null, null, null, null)).getId();
		var guardian = guardianship.addGuardian(worker, child, new GuardianDetails("Ouder Visser", Relation.MOTHER, null,
				null, "nl"));
		consents.giveConsent(worker, child, new ConsentRequest(guardian.getId(), ConsentPurpose.PHOTOS_INTERNAL,
				ConsentMethod.PAPER));
		var bomb = pngBomb();
		assertThat(bomb.length).isLessThan(2000);

		var started = System.nanoTime();
		var refused = upload(worker, child, bomb);

		assertThat(refused).contains("Deze foto heeft te veel pixels. Kies een foto van hoogstens 25 megapixels, "
				+ "bijvoorbeeld 5000 bij 5000.");
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
		assertThat(jdbc.sql("select photo_key from child where id = :id").param("id", child)
			.query((rs, n) -> rs.getString(1) == null).single()).as("nothing stored").isTrue();

		var large = new java.awt.image.BufferedImage(2400, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(large, "png", out);
		assertThat(upload(worker, child, out.toByteArray())).isEmpty();

		var shown = mvc.perform(get("/children/" + child + "/photo").with(as(worker))).andReturn().getResponse();
		var stored = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(shown.getContentAsByteArray()));
		assertThat(stored.getWidth()).as("the longest side scaled to 1600").isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(800);
	}

	@Autowired
	org.springframework.context.MessageSource messageSource;

	/** The message names the limit as configured (samenspel.photos.max-pixels), not a fixed 25 megapixels. */
	@Test
	void thePixelLimitInTheMessageIsTheConfiguredOne() throws Exception {
		var dutch = new nl.samenspel.ui.Messages(messageSource, java.util.Locale.forLanguageTag("nl"));
		var english = new nl.samenspel.ui.Messages(messageSource, java.util.Locale.ENGLISH);
		var bomb = pngBomb();

		var small = org.assertj.core.api.Assertions.catchThrowableOfType(nl.samenspel.kernel.FieldRejected.class,
				() -> ChildPhotos.withoutMetadata(bomb, 2_500_000));
		var large = org.assertj.core.api.Assertions.catchThrowableOfType(nl.samenspel.kernel.FieldRejected.class,
				() -> ChildPhotos.withoutMetadata(bomb, 150_000_000));

		assertThat(nl.samenspel.ui.FieldMessages.of(small, dutch).fields().get("photo"))
			.isEqualTo("Deze foto heeft te veel pixels. Kies een foto van hoogstens 2,5 megapixels, bijvoorbeeld 1581 bij 1581.");
		assertThat(nl.samenspel.ui.FieldMessages.of(small, english).fields().get("photo"))
			.isEqualTo("This photo has too many pixels. Choose a photo of at most 2.5 megapixels, for example 1581 by 1581.");
		assertThat(nl.samenspel.ui.FieldMessages.of(large, dutch).fields().get("photo"))
			.contains("hoogstens 150 megapixels, bijvoorbeeld 12247 bij 12247");
	}

	private String upload(nl.samenspel.kernel.CurrentUser worker, UUID child, byte[] content) throws Exception {
		var response = mvc.perform(multipart("/children/" + child + "/photo")
			.file(new MockMultipartFile("photo", "foto.png", "image/png", content)).with(as(worker)).with(csrf()))
			.andReturn().getResponse();
		return response.getStatus() == 302 ? "" : response.getContentAsString();
	}
}
