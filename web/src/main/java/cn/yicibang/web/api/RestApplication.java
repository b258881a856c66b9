package cn.yicibang.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** REST under {@code /api}, JSON, HTTP Basic. The OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Yicibang API",
            version = "1",
            description =
                "Household register, one-stop bundles and police–mediation handoff for Xiuyu District."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
