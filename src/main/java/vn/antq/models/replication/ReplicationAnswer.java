package vn.antq.models.replication;

import vn.antq.models.common.FormChoice;

/** A target commune's answer to a replication campaign, as the form "Tiếp nhận nhân rộng mô hình" sends it. */
public enum ReplicationAnswer implements FormChoice {
    ACCEPT,
    DECLINE
}
