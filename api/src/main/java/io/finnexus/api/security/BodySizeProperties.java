package io.finnexus.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits ({@code finnexus.http.*}), enforced before authentication so an anonymous
 * caller cannot make the API read a huge document.
 *
 * @param maxBody largest body of any request but a model upload (default 1MB)
 * @param maxModelUpload largest body of {@code POST /models} (a {@code .fnx} artifact, default
 *     200MB)
 */
@ConfigurationProperties("finnexus.http")
public record BodySizeProperties(
    @DefaultValue("1MB") DataSize maxBody, @DefaultValue("200MB") DataSize maxModelUpload) {

  long limitFor(String method, String path) {
    return "POST".equals(method) && "/models".equals(path)
        ? maxModelUpload.toBytes()
        : maxBody.toBytes();
  }
}
