package nl.samenspel.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * PDFBox's fonts for a font a PDF names but does not embed: always the DejaVu Sans we ship, never the machine's fonts.
 * The PDF library creates Helvetica and ZapfDingbats for form fields in every document, even one without a form;
 * PDFBox's own mapper then scans the machine's fonts (logging that it builds a font cache) and, finding no ZapfDingbats,
 * logs a fallback warning for every PDF. Our documents draw every character in the embedded DejaVu Sans, so nothing
 * rendered changes; the log stays quiet and no server's font directory matters.
 */
final class EmbeddedFontMapper implements FontMapper {

	private @Nullable TrueTypeFont regular;
	private @Nullable TrueTypeFont bold;

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, @Nullable PDFontDescriptor descriptor) {
		return new FontMapping<>(font(baseFont), false);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, @Nullable PDFontDescriptor descriptor) {
		return new FontMapping<>(font(baseFont), false);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, @Nullable PDFontDescriptor descriptor,
			@Nullable PDCIDSystemInfo cidSystemInfo) {
		return new CIDFontMapping(null, font(baseFont), false);
	}

	private synchronized TrueTypeFont font(String baseFont) {
		if (baseFont.contains("Bold")) {
			if (bold == null) {
				bold = load("/fonts/DejaVuSans-Bold.ttf");
			}
			return bold;
		}
		if (regular == null) {
			regular = load("/fonts/DejaVuSans.ttf");
		}
		return regular;
	}

	private static TrueTypeFont load(String resource) {
		try (var in = EmbeddedFontMapper.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing font " + resource);
			}
			return new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
