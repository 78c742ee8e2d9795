package vn.antq.models.onboarding;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistryImportRepository extends JpaRepository<RegistryImport, String> {
}
