package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleFormPrinting;
import cn.yicibang.ejb.bundle.BundleIntake;
import cn.yicibang.ejb.bundle.Views;
import cn.yicibang.web.printing.Pdfs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The bundle catalogue as the hall uses it: what is on offer, the one-time notification, the one
 * form, what the register prefills and the eligibility check on what is known.
 */
@Path("bundles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BundlesResource {

  @Inject private BundleIntake intake;

  @Inject private BundleFormPrinting forms;

  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The bundles on offer, each in its published version")
  public List<Views.Offer> offers() {
    return intake.offers(Requests.locale(headers));
  }

  @GET
  @Path("{code}/notice")
  @Operation(summary = "The one-time notification: every material once, every office, the time")
  public Views.Notice notice(@PathParam("code") String code) {
    return intake.notice(code, Requests.locale(headers));
  }

  @GET
  @Path("{code}/notice.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "The one-time notification, printed",
      description = "In Chinese, or as an English courtesy copy with copy=en")
  public Response noticePdf(
      @PathParam("code") String code, @jakarta.ws.rs.QueryParam("copy") String copy) {
    return Pdfs.inline(forms.notice(code, Pdfs.language(copy)));
  }

  @GET
  @Path("{code}/form")
  @Operation(summary = "The one form: every field the bundle asks for, once, by section")
  public List<Views.FormSection> form(@PathParam("code") String code) {
    return intake.form(code, Requests.locale(headers));
  }

  @POST
  @Path("{code}/prefill")
  @Operation(summary = "The values with the blanks the register knows filled in")
  public Map<String, String> prefill(@PathParam("code") String code, Map<String, String> values) {
    return intake.prefill(code, values == null ? Map.of() : values);
  }

  @POST
  @Path("{code}/eligibility")
  @Operation(summary = "The eligibility rules on what is known, each with why it fails")
  public Views.EligibilityCheck eligibility(
      @PathParam("code") String code, Map<String, String> values) {
    return intake.eligibility(code, values == null ? Map.of() : values, Requests.locale(headers));
  }
}
