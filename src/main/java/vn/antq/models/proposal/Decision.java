package vn.antq.models.proposal;

/** The three answers of a review or approval task; sent as {@code approve}, {@code return}, {@code reject}. */
enum Decision {
  APPROVE,
  RETURN,
  REJECT;

  String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static Decision of(String value) {
    for (Decision d : values()) {
      if (d.value().equals(value)) {
        return d;
      }
    }
    return null;
  }
}
