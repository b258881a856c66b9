package cn.yicibang.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * Where a department's system receives notifications, and the shared secret the requests are signed
 * with (HMAC-SHA256). A department without an endpoint works its notifications from its work list
 * instead.
 */
@Entity
@Table(name = "exchange_endpoint")
public class DepartmentEndpoint {

  @Id
  @Column(name = "organisation_id", length = 32)
  private String organisationId;

  @Column(name = "url", length = 500)
  private String url;

  @Column(name = "secret", length = 200)
  private String secret;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Version private long version;

  protected DepartmentEndpoint() {}

  public DepartmentEndpoint(String organisationId, String url, String secret, boolean enabled) {
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    configure(url, secret, enabled);
  }

  public void configure(String url, String secret, boolean enabled) {
    if (enabled && (url == null || url.isBlank() || secret == null || secret.length() < 16)) {
      throw new cn.yicibang.domain.BusinessException("exchange.endpoint.incomplete");
    }
    this.url = url;
    this.secret = secret;
    this.enabled = enabled;
  }

  public String organisationId() {
    return organisationId;
  }

  public String url() {
    return url;
  }

  public String secret() {
    return secret;
  }

  /** True when notifications are pushed to the URL rather than worked from the list. */
  public boolean pushes() {
    return enabled && url != null && !url.isBlank();
  }
}
