package vn.antq.models.notification;

import org.springframework.stereotype.Service;
import vn.antq.models.common.Clocks;
import vn.antq.models.common.Messages;

/** Tells a unit's officials something; the record is kept and is what e-mail delivery sends. */
@Service
public class Notifications {

  private final NotificationRepository notifications;
  private final Messages messages;

  public Notifications(NotificationRepository notifications, Messages messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  /** Subject and body come from {@code notification.<kind>.subject|body} with {@code args}. */
  public void tell(String unitCode, String modelCode, String kind, Object... args) {
    notifications.save(new Notification(modelCode, unitCode, kind,
        messages.get("notification." + kind + ".subject", args),
        messages.get("notification." + kind + ".body", args), Clocks.now()));
  }
}
