package cn.yicibang.ejb.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, filled in by the web layer for each HTTP request, so that
 * audit entries say "from where" without the services knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

  private String remoteAddress;

  public String remoteAddress() {
    return remoteAddress;
  }

  public void remoteAddress(String remoteAddress) {
    this.remoteAddress = remoteAddress;
  }
}
