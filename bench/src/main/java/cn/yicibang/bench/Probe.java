package cn.yicibang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain GETs that tell whether an application node is up, as a load balancer would ask. */
public final class Probe {

  private Probe() {}

  /** Whether the node's login page answers and its health check is up. */
  public static boolean serves(HttpClient http, URI base) {
    return status(http, base.resolve("login.xhtml")) == 200
        && status(http, base.resolve("health")) == 200;
  }

  /** The status of a plain GET, or -1 when nothing answers within 5 s. */
  public static int status(HttpClient http, URI uri) {
    try {
      return http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
