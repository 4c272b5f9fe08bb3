package io.finnexus.scoring.fraud;

import java.util.HashMap;
import java.util.Map;

/**
 * Approximate country centroids (latitude, longitude) for the impossible-travel rule: great-circle
 * distance between two countries' centroids over the time between two card uses. Countries not in
 * the table are unknown and never produce a hit. Source: rounded public centroid tables; accuracy
 * of a few hundred km is enough at airliner speed.
 */
final class CountryCentroids {
  private static final Map<String, double[]> CENTROIDS = new HashMap<>();

  static {
    String table =
        "US 39.8 -98.6|CA 56.1 -106.3|MX 23.6 -102.6|BR -14.2 -51.9|AR -38.4 -63.6|CL -35.7 -71.5"
            + "|CO 4.6 -74.3|PE -9.2 -75.0|VE 6.4 -66.6|GB 54.0 -2.0|IE 53.4 -8.2|FR 46.2 2.2"
            + "|DE 51.2 10.4|NL 52.1 5.3|BE 50.5 4.5|LU 49.8 6.1|CH 46.8 8.2|AT 47.5 14.6"
            + "|ES 40.5 -3.7|PT 39.4 -8.2|IT 41.9 12.6|DK 56.3 9.5|SE 60.1 18.6|NO 60.5 8.5"
            + "|FI 61.9 25.7|PL 51.9 19.1|CZ 49.8 15.5|HU 47.2 19.5|RO 45.9 25.0|BG 42.7 25.5"
            + "|GR 39.1 21.8|TR 39.0 35.2|RU 61.5 105.3|UA 48.4 31.2|IL 31.0 34.9|AE 23.4 53.8"
            + "|SA 23.9 45.1|IR 32.4 53.7|IN 20.6 79.0|PK 30.4 69.3|CN 35.9 104.2|JP 36.2 138.3"
            + "|KR 35.9 127.8|KP 40.3 127.5|SG 1.35 103.8|MY 4.2 101.9|TH 15.9 100.9|VN 14.1 108.3"
            + "|ID -0.8 113.9|PH 12.9 121.8|MM 21.9 95.9|AU -25.3 133.8|NZ -40.9 174.9"
            + "|ZA -30.6 22.9|NG 9.1 8.7|EG 26.8 30.8|KE -0.02 37.9|MA 31.8 -7.1|DZ 28.0 1.7"
            + "|HK 22.3 114.2|TW 23.7 121.0|MC 43.7 7.4";
    for (String row : table.split("\\|")) {
      String[] f = row.trim().split(" ");
      CENTROIDS.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
  }

  private CountryCentroids() {}

  /** Great-circle km between two countries' centroids, or -1 if either is unknown. */
  static double km(String a, String b) {
    double[] p = CENTROIDS.get(a);
    double[] q = CENTROIDS.get(b);
    if (p == null || q == null) {
      return -1;
    }
    double lat1 = Math.toRadians(p[0]);
    double lat2 = Math.toRadians(q[0]);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(q[1] - p[1]);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  static int code(String country) {
    return country == null || country.length() != 2
        ? 0
        : (country.charAt(0) << 8) | (country.charAt(1) & 0xff);
  }

  static String country(int code) {
    return code == 0 ? null : "" + (char) (code >> 8) + (char) (code & 0xff);
  }
}
