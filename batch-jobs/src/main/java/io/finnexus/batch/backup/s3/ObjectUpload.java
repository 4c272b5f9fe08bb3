package io.finnexus.batch.backup.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Uploads one file: a single PUT up to the target's part size, a multipart upload above it (parts
 * of that size read one at a time, so memory stays at one part). A failed multipart upload is
 * aborted, leaving no half-assembled object.
 */
final class ObjectUpload {

  private final S3Client s3;
  private final S3Target target;
  private final String key;
  private final Map<String, String> metadata;

  ObjectUpload(S3Client s3, S3Target target, String key, Map<String, String> metadata) {
    this.s3 = s3;
    this.target = target;
    this.key = key;
    this.metadata = metadata;
  }

  void send(Path file) throws IOException {
    long size = Files.size(file);
    if (size <= target.partSize()) {
      try {
        s3.putObject(
            b -> b.bucket(target.bucket()).key(key).metadata(metadata).contentLength(size),
            RequestBody.fromFile(file));
      } catch (SdkException e) {
        throw S3TargetException.of(target, "upload of " + file.getFileName(), e);
      }
      return;
    }
    multipart(file);
  }

  private void multipart(Path file) throws IOException {
    String uploadId;
    try {
      uploadId =
          s3.createMultipartUpload(b -> b.bucket(target.bucket()).key(key).metadata(metadata))
              .uploadId();
    } catch (SdkException e) {
      throw S3TargetException.of(target, "upload of " + file.getFileName(), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      List<CompletedPart> parts = new ArrayList<>();
      byte[] buffer = new byte[Math.toIntExact(target.partSize())];
      int partNumber = 1;
      int n;
      while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        int number = partNumber++;
        int length = n;
        String etag =
            s3.uploadPart(
                    b ->
                        b.bucket(target.bucket())
                            .key(key)
                            .uploadId(uploadId)
                            .partNumber(number)
                            .contentLength((long) length),
                    RequestBody.fromByteBuffer(ByteBuffer.wrap(buffer, 0, length)))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      }
      s3.completeMultipartUpload(
          b ->
              b.bucket(target.bucket())
                  .key(key)
                  .uploadId(uploadId)
                  .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
    } catch (IOException | RuntimeException e) {
      abort(uploadId);
      if (e instanceof SdkException sdk) {
        throw S3TargetException.of(target, "multipart upload of " + file.getFileName(), sdk);
      }
      throw e;
    }
  }

  private void abort(String uploadId) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(target.bucket()).key(key).uploadId(uploadId));
    } catch (SdkException ignored) {
      // the original failure is what matters; an unreachable store cannot be cleaned up either
    }
  }
}
