package vn.antq.models.onboarding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistryImportRepository extends JpaRepository<RegistryImport, String> {

    /**
     * Ties a checked import to the process instance that stores it, unless another instance took it
     * first: one file, one import, however many times its start is sent at once.
     *
     * @return 1 if this instance has it, 0 if it was taken or is no longer a check
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RegistryImport r set r.processInstanceId = :instance where r.id = :id"
            + " and r.processInstanceId is null and r.status = vn.antq.models.onboarding.RegistryImport.Status.CHECKED")
    int attach(@Param("id") String id, @Param("instance") String processInstanceId);

    Optional<RegistryImport> findByProcessInstanceId(String processInstanceId);
}
