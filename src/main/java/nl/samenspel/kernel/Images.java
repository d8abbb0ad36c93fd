package nl.samenspel.kernel;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded image made safe to keep and show: recognised by its first bytes (not by what the browser claims), its
 * size read from the header before a single pixel is decoded (a file of a few hundred kilobytes can claim 400 million
 * pixels, an image bomb), decoded no larger than what is kept (every n-th row and column of a large one), then drawn
 * again from its pixels and written anew. Nothing of the original file survives:
 * no EXIF, no GPS position, no camera or owner name, no comments, no bytes after the image. A side over the limit is
 * scaled down. JPEG stays JPEG; PNG and GIF (drawings) become PNG. WebP is not accepted: the JDK's ImageIO cannot read it.
 * Used by the children module (a child's photo) and the participation module (drawings and photos of ideas and projects).
 */
public final class Images {

	public static final String JPEG = "image/jpeg";
	public static final String PNG = "image/png";
	public static final String GIF = "image/gif";

	private Images() {
	}

	/**
	 * What a caller accepts: the field a rejection is shown next to, its message keys (the pixel message gets the limit
	 * in megapixels and the side of the square that just fits as {@code {0}} and {@code {1}}), the media types, the
	 * largest file, the longest side kept and the most pixels decoded.
	 */
	public record Rules(String field, String formatMessage, String pixelsMessage, Set<String> mediaTypes, int maxBytes,
			int maxSide, long maxPixels) {
	}

	/** A re-encoded image: its bytes, media type and size. */
	public record Image(byte[] content, String mediaType, int width, int height) {
	}

	/** The image drawn again within the rules, or a {@link FieldRejected} when it is empty, too large or not an image. */
	public static Image reencoded(byte[] content, Rules rules) {
		var type = mediaType(content);
		if (content.length == 0 || content.length > rules.maxBytes() || type == null || !rules.mediaTypes().contains(type)) {
			throw new FieldRejected(rules.field(), rules.formatMessage());
		}
		try {
			var image = decoded(content, rules);
			var format = JPEG.equals(type) ? "jpg" : "png";
			var scale = Math.min(1.0, (double) rules.maxSide() / Math.max(image.getWidth(), image.getHeight()));
			var opaque = "jpg".equals(format) && image.getColorModel().hasAlpha();
			if (scale < 1.0 || opaque) {
				var width = Math.max(1, (int) Math.round(image.getWidth() * scale));
				var height = Math.max(1, (int) Math.round(image.getHeight() * scale));
				var redrawn = new BufferedImage(width, height, opaque || !image.getColorModel().hasAlpha()
						? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
				var graphics = redrawn.createGraphics();
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				graphics.drawImage(image, 0, 0, width, height, null);
				graphics.dispose();
				image = redrawn;
			}
			if (JPEG.equals(type)) {
				image = upright(image, orientation(content));
			}
			var out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new FieldRejected(rules.field(), rules.formatMessage());
			}
			return new Image(out.toByteArray(), "jpg".equals(format) ? JPEG : PNG, image.getWidth(), image.getHeight());
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof FieldRejected rejected) {
				throw rejected;
			}
			throw new FieldRejected(rules.field(), rules.formatMessage());
		}
	}

	/**
	 * The image's pixels, decoded no larger than what is kept. Width times height is read from the header first and
	 * refused above the limit before a single pixel is decoded; then only every n-th row and column is decoded, n as
	 * large as still leaves the longest side at least the side kept. So a picture within the limit costs memory for
	 * what is kept, not for what its file claims (25 megapixels of 16 bits for each of four channels are 200 MB).
	 */
	private static BufferedImage decoded(byte[] content, Rules rules) throws IOException {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			var readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new FieldRejected(rules.field(), rules.formatMessage());
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				var width = reader.getWidth(0);
				var height = reader.getHeight(0);
				if ((long) width * height > rules.maxPixels()) {
					throw new FieldRejected(rules.field(), rules.pixelsMessage(), rules.maxPixels() / 1_000_000.0,
							(long) Math.floor(Math.sqrt(rules.maxPixels())));
				}
				var param = reader.getDefaultReadParam();
				var step = Math.max(1, Math.max(width, height) / rules.maxSide());
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The EXIF orientation of a JPEG, 1 to 8 (1 when there is none, or it cannot be read): how the camera was held. A
	 * tablet stores a portrait photo lying on its side and says so here; as the EXIF is not kept, the picture is turned
	 * upright before it is written again.
	 */
	static int orientation(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
			int marker = jpeg[at + 1] & 0xff;
			if (marker == 0xda || marker == 0xd9) {
				break;
			}
			int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
			int end = at + 2 + length;
			if (length < 2 || end > jpeg.length) {
				break;
			}
			if (marker == 0xe1 && length >= 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
					&& jpeg[at + 7] == 'f' && jpeg[at + 8] == 0 && jpeg[at + 9] == 0) {
				return tiffOrientation(jpeg, at + 10, end);
			}
			at = end;
		}
		return 1;
	}

	/** The Orientation entry (0x0112) of the first IFD of the TIFF structure between start and end. */
	private static int tiffOrientation(byte[] b, int start, int end) {
		boolean little = b[start] == 'I' && b[start + 1] == 'I';
		if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
			return 1;
		}
		long entries = start + unsigned(b, start + 4, 4, little);
		if (entries < start + 8 || entries + 2 > end) {
			return 1;
		}
		int count = (int) unsigned(b, (int) entries, 2, little);
		for (int k = 0; k < count; k++) {
			long entry = entries + 2 + 12L * k;
			if (entry + 12 > end) {
				return 1;
			}
			if (unsigned(b, (int) entry, 2, little) == 0x0112) {
				long value = unsigned(b, (int) entry + 8, 2, little);
				return value >= 1 && value <= 8 ? (int) value : 1;
			}
		}
		return 1;
	}

	private static long unsigned(byte[] b, int at, int bytes, boolean little) {
		long value = 0;
		for (int i = 0; i < bytes; i++) {
			int next = b[little ? at + bytes - 1 - i : at + i] & 0xff;
			value = (value << 8) | next;
		}
		return value;
	}

	/** The image as it is to be seen, for an EXIF orientation (2 to 8 mirror or turn it; 5 to 8 swap its sides). */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swapped = orientation >= 5;
		int outWidth = swapped ? h : w;
		int outHeight = swapped ? w : h;
		var source = image.getRGB(0, 0, w, h, null, 0, w);
		var target = new int[source.length];
		for (int y = 0; y < outHeight; y++) {
			for (int x = 0; x < outWidth; x++) {
				int sx;
				int sy;
				switch (orientation) {
					case 2 -> { sx = w - 1 - x; sy = y; }
					case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
					case 4 -> { sx = x; sy = h - 1 - y; }
					case 5 -> { sx = y; sy = x; }
					case 6 -> { sx = y; sy = h - 1 - x; }
					case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
					default -> { sx = w - 1 - y; sy = x; }
				}
				target[y * outWidth + x] = source[sy * w + sx];
			}
		}
		var turned = new BufferedImage(outWidth, outHeight, image.getColorModel().hasAlpha()
				? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		turned.setRGB(0, 0, outWidth, outHeight, target, 0, outWidth);
		return turned;
	}

	/** The media type by the file's first bytes: JPEG, PNG or GIF, otherwise none. */
	public static @Nullable String mediaType(byte[] content) {
		if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
			return JPEG;
		}
		if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
			return PNG;
		}
		if (content.length > 6 && content[0] == 'G' && content[1] == 'I' && content[2] == 'F' && content[3] == '8'
				&& (content[4] == '7' || content[4] == '9') && content[5] == 'a') {
			return GIF;
		}
		return null;
	}
}
