package nl.samenspel;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Samenspel: the platform Dutch welfare organisations use for kinderwerk.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "kernel", "ui" })
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class SamenspelApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamenspelApplication.class, args);
	}

	/** The one clock every module reads time from, so tests can reason about expiry. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
