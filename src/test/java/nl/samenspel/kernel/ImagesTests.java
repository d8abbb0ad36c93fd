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
}
