package vn.antq.models.security;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

    /** The login's absences that are not over by {@code day}: the current one, or one to come. */
    @Query("select a from Absence a where a.login = ?1 and a.endedAt is null and a.endsOn >= ?2 order by a.startsOn")
    List<Absence> notOver(String login, LocalDate day);

    @Query("select count(a) > 0 from Absence a where a.login = ?1 and a.standIn = ?2")
    boolean everStoodIn(String login, String standIn);

    /** Every absence in force on {@code day} among {@code logins}. */
    @Query("select a from Absence a where a.login in ?1 and a.endedAt is null and a.startsOn <= ?2 and a.endsOn >= ?2")
    List<Absence> inForce(java.util.Collection<String> logins, LocalDate day);
}
