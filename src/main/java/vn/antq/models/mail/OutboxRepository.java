package vn.antq.models.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    List<OutboxMail> findByStatusOrderByRecipientLoginAscCreatedAtAsc(OutboxMail.Status status);

    List<OutboxMail> findByTaskIdOrderById(String taskId);

    List<OutboxMail> findByRecipientLoginOrderById(String recipientLogin);
}
