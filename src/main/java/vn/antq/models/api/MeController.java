package vn.antq.models.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.models.security.Official;

@RestController
class MeController {

  private final CurrentOfficial current;

  MeController(CurrentOfficial current) {
    this.current = current;
  }

  @GetMapping("/api/me")
  Map<String, Object> me(HttpServletRequest request) {
    Official o = current.of(request);
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("login", o.login());
    me.put("unitCode", o.unit() == null ? null : o.unit().getCode());
    me.put("unitName", o.unit() == null ? null : o.unit().getName());
    me.put("unitLevel", o.unit() == null ? null : o.unit().getLevel());
    me.put("roles", o.roles());
    return me;
  }
}
