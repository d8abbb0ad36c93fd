package nl.samenspel.kernel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-encoding an upload costs memory for what is kept, not for what the file claims within the pixel limit. */
class ImagesTests {

	static final Images.Rules RULES = new Images.Rules("picture", "format", "pixels",
			Set.of(Images.JPEG, Images.PNG, Images.GIF), 5 * 1024 * 1024, 1600, 25_000_000L);

	/**
	 * A PNG of 5000 × 5000 pixels (exactly the 25 megapixels allowed) with 16 bits for each of red, green, blue and
	 * alpha: a few hundred kilobytes that take 200 MB when decoded whole, while 1600 × 1600 is all that is kept.
	 */
	static byte[] sixteenBitPng(int side) throws Exception {
		var out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 16).put((byte) 6)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		var deflated = new ByteArrayOutputStream();
		try (var zip = new DeflaterOutputStream(deflated)) {
			var row = new byte[1 + side * 8];
			for (int y = 0; y < side; y++) {
				zip.write(row);
			}
		}
		chunk(out, "IDAT", deflated.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
		var crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		var stream = new DataOutputStream(out);
		stream.writeInt(data.length);
		stream.writeBytes(type);
		stream.write(data);
		stream.writeInt((int) crc.getValue());
	}

	@Test
	void aPictureWithinThePixelLimitIsDecodedNoLargerThanWhatIsKept() throws Exception {
		var png = sixteenBitPng(5000);
		assertThat(png.length).isLessThan(1_000_000);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

		var before = threads.getCurrentThreadAllocatedBytes();
		var image = Images.reencoded(png, RULES);
		var allocated = threads.getCurrentThreadAllocatedBytes() - before;

		assertThat(image.width()).isEqualTo(1600);
		assertThat(image.height()).isEqualTo(1600);
		// decoded whole it is 200 MB; a few uploads at once would take the heap of a small server
		assertThat(allocated).as("bytes allocated to re-encode it").isLessThan(100L * 1024 * 1024);
	}

	/** A 64 x 48 JPEG, its left half red and its right half blue, with an EXIF orientation (null: no EXIF at all). */
	static byte[] halvesJpeg(@org.jspecify.annotations.Nullable Integer orientation) throws Exception {
		var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 48; y++) {
			for (int x = 0; x < 64; x++) {
				image.setRGB(x, y, x < 32 ? 0xff0000 : 0x0000ff);
			}
		}
		var jpeg = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "jpg", jpeg);
		var bytes = jpeg.toByteArray();
		if (orientation == null) {
			return bytes;
		}
		// APP1 "Exif": a big-endian TIFF header and one IFD with one entry, Orientation (0x0112, SHORT, 1)
		var tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).put(new byte[] { 'M', 'M', 0, 42 }).putInt(8).putShort((short) 1)
			.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort(orientation.shortValue()).putShort((short) 0)
			.putInt(0).array();
		var app1 = new ByteArrayOutputStream();
		app1.write(new byte[] { (byte) 0xff, (byte) 0xe1 });
		var length = 2 + 6 + tiff.length;
		app1.write(new byte[] { (byte) (length >> 8), (byte) length });
		app1.write(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		app1.write(tiff);
		var out = new ByteArrayOutputStream();
		out.write(bytes, 0, 2);
		out.write(app1.toByteArray());
		out.write(bytes, 2, bytes.length - 2);
		return out.toByteArray();
	}

	private static java.awt.image.BufferedImage read(Images.Image image) throws Exception {
		return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.content()));
	}

	private static boolean red(int rgb) {
		return ((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60;
	}

	private static boolean blue(int rgb) {
		return (rgb & 0xff) > 200 && ((rgb >> 16) & 0xff) < 60;
	}

	@Test
	void aPhotoTakenUprightIsKeptUprightThoughItsExifGoes() throws Exception {
		// orientation 6: the camera stored the picture lying on its side, to be turned 90 degrees clockwise
		var turned = Images.reencoded(halvesJpeg(6), RULES);
		assertThat(turned.width()).isEqualTo(48);
		assertThat(turned.height()).isEqualTo(64);
		var image = read(turned);
		assertThat(red(image.getRGB(24, 8))).as("the left half is on top").isTrue();
		assertThat(blue(image.getRGB(24, 56))).as("the right half below").isTrue();
		assertThat(new String(turned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

		// 8: a quarter turn the other way; 3: upside down; 2: mirrored
		var other = read(Images.reencoded(halvesJpeg(8), RULES));
		assertThat(blue(other.getRGB(24, 8))).isTrue();
		assertThat(red(other.getRGB(24, 56))).isTrue();
		var upsideDown = read(Images.reencoded(halvesJpeg(3), RULES));
		assertThat(upsideDown.getWidth()).isEqualTo(64);
		assertThat(blue(upsideDown.getRGB(8, 24))).isTrue();
		var mirrored = read(Images.reencoded(halvesJpeg(2), RULES));
		assertThat(blue(mirrored.getRGB(8, 24))).isTrue();

		// none, the default, or nonsense: as stored
		for (var plain : new byte[][] { halvesJpeg(null), halvesJpeg(1), halvesJpeg(99) }) {
			var kept = read(Images.reencoded(plain, RULES));
			assertThat(kept.getWidth()).isEqualTo(64);
			assertThat(red(kept.getRGB(8, 24))).isTrue();
		}
	}
}
