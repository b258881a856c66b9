package cn.yicibang.web.audit;

import cn.yicibang.ejb.audit.AuditChain;
import cn.yicibang.ejb.audit.ChainVerifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log's hash chain, verified on request. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

  @Inject private AuditChain chain;

  @GET
  @Path("chain")
  @Operation(
      summary =
          "Seals what is committed, then verifies the whole audit chain: entries checked, the"
              + " chain's last place and hash, and the first broken entry if any. Administrators"
              + " only; audited.")
  public ChainVerifier.Result verify() {
    return chain.verify();
  }
}
