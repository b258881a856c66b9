package cn.yicibang.web.registry;

import cn.yicibang.ejb.registry.PersonRecord;
import cn.yicibang.ejb.registry.PersonSummary;
import cn.yicibang.ejb.registry.RegisterLookup;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The register over REST: a person's full record (audited) and search (masked). */
@Path("persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonsResource {

  @Inject private RegisterLookup lookup;

  @GET
  @Path("{residentId}")
  @Operation(
      summary = "A person's full register record",
      description = "Audited. 404 when the person is outside the caller's jurisdiction.")
  @APIResponse(responseCode = "200", description = "The record")
  @APIResponse(
      responseCode = "400",
      description = "Not a valid identity number; the detail says what is wrong")
  @APIResponse(responseCode = "404", description = "No such person in the caller's jurisdiction")
  public PersonRecord byResidentId(@PathParam("residentId") String residentId) {
    return lookup.openByResidentId(residentId);
  }

  @GET
  @Operation(
      summary = "Search the register by identity number or part of a name",
      description = "Identity numbers are masked.")
  public List<PersonSummary> search(
      @Parameter(description = "identity number or name") @QueryParam("q") String query) {
    return lookup.search(query);
  }
}
