package io.finnexus.batch.backup.s3;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** An S3 call failed; the message is one line naming the target, the action and the reason. */
public final class S3TargetException extends RuntimeException {

  S3TargetException(String message, Throwable cause) {
    super(message, cause);
  }

  static S3TargetException of(S3Target target, String action, SdkException e) {
    return new S3TargetException(
        "S3 backup target " + target.describe() + ": " + action + " failed: " + reason(e), e);
  }

  static String reason(SdkException e) {
    if (e instanceof S3Exception s3) {
      String code =
          s3.awsErrorDetails() == null || s3.awsErrorDetails().errorCode() == null
              ? "HTTP " + s3.statusCode()
              : s3.awsErrorDetails().errorCode() + ", HTTP " + s3.statusCode();
      return switch (s3.statusCode()) {
        case 401, 403 -> "access denied (" + code + "): check the access key and secret";
        case 404 ->
            "NoSuchBucket".equals(code.split(",")[0])
                ? "the bucket does not exist (" + code + ")"
                : "not found (" + code + ")";
        default -> firstLine(s3.getMessage()) + " (" + code + ")";
      };
    }
    if (e instanceof SdkClientException) {
      return "unreachable: " + firstLine(rootMessage(e));
    }
    return firstLine(e.getMessage());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e
        ? String.valueOf(e.getMessage())
        : t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
