package nl.samenspel.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesTests {

	@Test
	void namesBrowserAndSystem() {
		assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge, Windows");
		assertThat(Devices.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome, Android");
		assertThat(Devices.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like "
				+ "Gecko) Version/17.1 Safari/605.1.15")).isEqualTo("Safari, macOS");
	}

	@Test
	void keepsAnUnknownAgentShortAndWithoutControlCharacters() {
		assertThat(Devices.describe(null)).isEmpty();
		assertThat(Devices.describe("curl/8.0")).isEqualTo("curl/8.0");
		var long_ = Devices.describe("bot\u0000\u001b[31m" + "y".repeat(500));
		assertThat(long_).hasSize(Devices.MAX + 1).doesNotContain("\u0000").doesNotContain("\u001b").startsWith("bot[31m");
	}
}
