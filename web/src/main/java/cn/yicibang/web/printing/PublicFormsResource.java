package cn.yicibang.web.printing;

import cn.yicibang.ejb.printing.FormVerification;
import cn.yicibang.ejb.printing.FormVerification.VerifiedForm;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** Public verification of a printed form by the reference in its QR code. No login. */
@Path("public/forms")
@Produces(MediaType.APPLICATION_JSON)
public class PublicFormsResource {

  @Inject private FormVerification verification;

  @GET
  @Path("{reference}")
  @SecurityRequirements
  @Operation(
      summary = "Verify a printed form",
      description = "Which form, when and by whom; nothing about the person.")
  public VerifiedForm verify(@PathParam("reference") String reference) {
    return verification.verify(reference);
  }
}
