package vn.antq.models.replication;

import java.util.Locale;

/** A target commune's answer to a replication campaign, as the form "Tiếp nhận nhân rộng mô hình" sends it. */
public enum ReplicationAnswer {
  ACCEPT,
  DECLINE;

  /** The value the form and the gateway "Xã đồng ý?" use. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The answer the form sent, or none if it is not one of them. */
  static java.util.Optional<ReplicationAnswer> of(String value) {
    for (ReplicationAnswer a : values()) {
      if (a.value().equals(value)) {
        return java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }
}
