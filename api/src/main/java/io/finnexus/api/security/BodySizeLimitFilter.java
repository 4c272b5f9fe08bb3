package io.finnexus.api.security;

import io.finnexus.api.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@link BodySizeProperties} with 413 problem+json, before anything
 * reads them: by the declared {@code Content-Length}, or, for a body without one (chunked), by
 * reading at most one byte more than the limit and handing the buffered body on.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

  private final BodySizeProperties limits;

  BodySizeLimitFilter(BodySizeProperties limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limits.limitFor(request.getMethod(), request.getRequestURI());
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(response, limit);
      return;
    }
    if (declared >= 0 || !mayHaveBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
    if (body.length > limit) {
      refuse(response, limit);
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private static boolean mayHaveBody(HttpServletRequest request) {
    return request.getHeader("Transfer-Encoding") != null;
  }

  private static void refuse(HttpServletResponse response, long limit) throws IOException {
    ProblemWriter.write(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        ProblemTypes.PAYLOAD_TOO_LARGE,
        "Payload too large",
        "the request body is larger than the limit of " + limit + " bytes");
  }

  /** The request with its already-read body. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already buffered");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    private Charset charset() {
      try {
        String encoding = getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException unknownOrIllegal) {
        return StandardCharsets.UTF_8;
      }
    }
  }
}
