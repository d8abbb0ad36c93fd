package nl.samenspel.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at {@code /v3/api-docs}: personal access tokens as bearer tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI samenspelApi() {
		return new OpenAPI()
			.info(new Info().title("Samenspel API").version("v1")
				.description("The JSON API of Samenspel. Authenticate with a personal access token "
						+ "(Authorization: Bearer ...), created under 'My account'. Errors are RFC 9457 problem details; "
						+ "validation problems list their fields under 'errors'. Every list is paged with 'page' (from 0) "
						+ "and 'size' (1-100)."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
