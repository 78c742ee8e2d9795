package vn.antq.models.replication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, String> {

    Optional<Campaign> findByProcessInstanceId(String processInstanceId);
}
