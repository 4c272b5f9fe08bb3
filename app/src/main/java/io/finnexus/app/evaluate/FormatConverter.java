package io.finnexus.app.evaluate;

import io.finnexus.app.ingest.ImportFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts {@code amlsim}, {@code AMLSIM}, … for {@code --format}. */
final class FormatConverter implements ITypeConverter<ImportFormat> {
  @Override
  public ImportFormat convert(String value) {
    try {
      return ImportFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown format '" + value + "' (amlsim, amlworld, generated)");
    }
  }
}
