package nl.samenspel.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Readable PDF documents (an access-request export, later the annual report), rendered from a jte template written
 * as well-formed XHTML. The DejaVu Sans font is embedded, so every script a name may be written in prints.
 */
@Component
public class PdfDocuments {

	private final TemplateEngine templates;

	PdfDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model) {
		var html = new StringOutput();
		templates.render(template + ".jte", model, html);
		try (var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
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
