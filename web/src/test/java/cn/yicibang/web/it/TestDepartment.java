package cn.yicibang.web.it;

import cn.yicibang.ejb.exchange.Signatures;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A department system for the tests, deployed with them: it refuses the first request (503),
 * applies the second but answers too late (the dispatcher times out and sends again), and answers
 * every later copy without applying it again, recognising it by its idempotency key. It checks
 * every request's signature.
 */
@Path("public/it-department")
public class TestDepartment {

  static final String SECRET = "it-department-secret-0123456789";
  static final AtomicInteger RECEIVED = new AtomicInteger();
  static final AtomicInteger BAD_SIGNATURES = new AtomicInteger();
  static final Set<String> APPLIED = ConcurrentHashMap.newKeySet();

  @POST
  public Response receive(
      String body,
      @HeaderParam("Idempotency-Key") String key,
      @HeaderParam(Signatures.HEADER) String signature)
      throws InterruptedException {
    int n = RECEIVED.incrementAndGet();
    if (!Signatures.verify(SECRET, signature, body)) {
      BAD_SIGNATURES.incrementAndGet();
      return Response.status(401).build();
    }
    if (n == 1) {
      return Response.status(503).build();
    }
    if (APPLIED.add(key)) {
      if (n == 2) {
        Thread.sleep(12_000); // longer than the dispatcher waits: it will send again
      }
    }
    return Response.ok().build();
  }
}
