package io.finnexus.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends browsers from {@code /} and {@code /ui} to the UI's page. */
@Controller
public class UiController {

  @GetMapping({"/", "/ui"})
  public String root() {
    return "redirect:/ui/index.html";
  }
}
