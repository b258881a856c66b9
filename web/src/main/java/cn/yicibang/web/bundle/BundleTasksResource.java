package cn.yicibang.web.bundle;

import cn.yicibang.ejb.bundle.BundleTasks;
import cn.yicibang.ejb.bundle.Views;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bundle tasks for department systems: their list, and accept, complete (with a result reference)
 * or return (with a reason). A repeated acceptance changes nothing; every action honours an {@code
 * Idempotency-Key}, so a department system retrying after a lost answer gets the first result.
 */
@Path("bundle-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BundleTasksResource {

  @Inject private BundleTasks tasks;

  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's department's tasks, open ones first")
  public List<Views.DepartmentTask> mine(@QueryParam("open") boolean openOnly) {
    return tasks.mine(openOnly, Requests.locale(headers));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One task with its fields and the results it waited for")
  public Views.DepartmentTask get(@PathParam("id") UUID id) {
    return tasks.task(id, Requests.locale(headers));
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept the task")
  public Views.DepartmentTask accept(
      @PathParam("id") UUID id, @HeaderParam(Requests.IDEMPOTENCY_KEY) String idempotencyKey) {
    return tasks.accept(id, idempotencyKey, Requests.locale(headers));
  }

  @POST
  @Path("{id}/complete")
  @Operation(
      summary = "Complete the task with its result reference",
      description = "Sends the tasks that waited for it; the bundle completes with its last task.")
  public Views.DepartmentTask complete(
      @PathParam("id") UUID id,
      Requests.Completion body,
      @HeaderParam(Requests.IDEMPOTENCY_KEY) String idempotencyKey) {
    return tasks.complete(
        id, body == null ? null : body.resultRef(), idempotencyKey, Requests.locale(headers));
  }

  @POST
  @Path("{id}/return")
  @Operation(summary = "Return the task to the hall with a reason")
  public Views.DepartmentTask returnTask(
      @PathParam("id") UUID id,
      Requests.Return body,
      @HeaderParam(Requests.IDEMPOTENCY_KEY) String idempotencyKey) {
    return tasks.returnTask(
        id, body == null ? null : body.reason(), idempotencyKey, Requests.locale(headers));
  }
}
