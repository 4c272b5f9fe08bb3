package io.finnexus.batch.jobs.verify;

import io.finnexus.batch.backup.ManifestPart;
import io.finnexus.batch.backup.RestoredPart;
import java.util.ArrayList;
import java.util.List;

/** Compares one restored part with its manifest entry; returns the problems (empty: it passed). */
final class PartCheck {

  private PartCheck() {}

  static List<String> problems(ManifestPart part, RestoredPart restored, String reexportSha256) {
    List<String> problems = new ArrayList<>();
    if (!restored.encryptedSha256().equals(part.encryptedSha256())) {
      problems.add(part.file() + ": SHA-256 of the encrypted part differs from the manifest");
    }
    if (!restored.plaintextSha256().equals(part.plaintextSha256())) {
      problems.add(part.file() + ": SHA-256 of the content differs from the manifest");
    }
    if (restored.rows() != part.rows()) {
      problems.add(
          part.file() + ": " + restored.rows() + " rows restored, manifest says " + part.rows());
    }
    if (!reexportSha256.equals(part.plaintextSha256())) {
      problems.add(part.file() + ": the restored data does not read back byte for byte");
    }
    return problems;
  }
}
