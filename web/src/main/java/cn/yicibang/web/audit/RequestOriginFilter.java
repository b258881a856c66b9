package cn.yicibang.web.audit;

import cn.yicibang.ejb.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells the audit log where each request comes from. */
@WebFilter(urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.remoteAddress(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
