package io.finnexus.api.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with header checks done by a character loop instead of its
 * Unicode-class regular expressions (which, on a bearer token, cost more than the alert query).
 * Same rule: header names and values may hold no control characters.
 */
final class HeaderFirewall {

  private HeaderFirewall() {}

  static StrictHttpFirewall create() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowedHeaderNames(HeaderFirewall::printable);
    firewall.setAllowedHeaderValues(HeaderFirewall::printable);
    return firewall;
  }

  static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        return false;
      }
    }
    return true;
  }
}
