package cn.yicibang.web.printing;

import cn.yicibang.ejb.printing.PublicLinks;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the printed links which address this request reached the server by (the Host the browser
 * used), so that a code printed at a counter opens from that counter's network when no public
 * address is configured.
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml"})
public class PublicAddressFilter extends HttpFilter {

  @Inject private PublicLinks links;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    links.reachedBy(
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        request.getContextPath());
    chain.doFilter(request, response);
  }
}
