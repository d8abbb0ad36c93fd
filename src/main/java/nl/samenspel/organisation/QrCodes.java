package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A QR code as an SVG image in a {@code data:} URI: the page shows it without a script or a request of its own, which
 * the Content-Security-Policy allows ({@code img-src 'self' data:}).
 */
final class QrCodes {

	private QrCodes() {
	}

	static String svgDataUri(String text) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
			var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
				.append(matrix.getWidth()).append(' ').append(matrix.getHeight())
				.append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			svg.append("\"/></svg>");
			return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
	}
}
