package nl.samenspel.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Readable PDF documents (an access-request export, the figures and the annual report), rendered from a jte template
 * written as well-formed XHTML that includes {@code layout/pdfPage.jte} (page numbers, no table row or chart split
 * across pages). The DejaVu Sans font is embedded and is the only font (also for any text whose font is not named), so
 * every script a name may be written in prints, the PDF is tagged (PDF/UA) and rendering logs nothing about fonts.
 */
@Component
public class PdfDocuments {

	/** Characters of the private use area, for the page counters in a translated text. */
	private static final String PAGE = "\uE000";
	private static final String PAGES = "\uE001";

	private final TemplateEngine templates;

	static {
		// "Loading font(DejaVu Sans) from InputStream supplier now" for every document: routine, not worth a log line
		XRLog.setLevel(XRLog.LOAD, java.util.logging.Level.WARNING);
		org.apache.pdfbox.pdmodel.font.FontMappers.set(new EmbeddedFontMapper());
	}

	PdfDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The CSS {@code content} of the page number in the reader's language ("Pagina 1 van 3"): the message as quoted CSS
	 * strings around the page counters, so that quotes or backslashes in a translation cannot end the rule.
	 */
	public static String pageNumber(Messages messages) {
		var text = messages.t("pdf.pageNumber", PAGE, PAGES);
		var css = new StringBuilder("\"");
		text.codePoints().forEach(c -> {
			if (c == PAGE.charAt(0)) {
				css.append("\" counter(page) \"");
			}
			else if (c == PAGES.charAt(0)) {
				css.append("\" counter(pages) \"");
			}
			else if (c == '"' || c == '\\') {
				css.append('\\').appendCodePoint(c);
			}
			else if (c >= ' ' && c != '<' && c != '>' && c != '&') {
				css.appendCodePoint(c);
			}
		});
		return css.append('"').toString();
	}

	public byte[] render(String template, Map<String, Object> model) {
		var html = new StringOutput();
		templates.render(template + ".jte", model, html);
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			// tagged PDF/UA: headings, tables and the language for screen readers, and no built-in (unembedded) fonts
			// (PDFBox would look for Symbol and ZapfDingbats on the machine and warn when it finds a substitute)
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
					FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
					FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
