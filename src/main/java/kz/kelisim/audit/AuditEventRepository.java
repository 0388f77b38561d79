package kz.kelisim.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** Entries whose names or address contain the text (when given), of the action (when given). */
    @Query("""
            select e from AuditEvent e
            where (:text = '' or lower(e.subjectName) like lower(concat('%', :text, '%'))
                   or lower(e.actorName) like lower(concat('%', :text, '%')) or e.clientAddress like concat(:text, '%'))
              and (:action is null or e.action = :action)
            """)
    Page<AuditEvent> search(String text, AuditAction action, Pageable page);

    /** Entries about or by the account, and failed sign-ins under its user name. */
    @Query("""
            select e from AuditEvent e
            where e.subjectId = :accountId or e.actorId = :accountId
               or (e.subjectId is null and e.action = kz.kelisim.audit.AuditAction.SIGN_IN_FAILED
                   and lower(e.subjectName) = lower(:username))
            """)
    Page<AuditEvent> about(long accountId, String username, Pageable page);

    @Modifying
    @Query("update AuditEvent e set e.subjectName = :name where e.subjectId = :accountId")
    void renameSubject(long accountId, String name);

    @Modifying
    @Query("update AuditEvent e set e.actorName = :name where e.actorId = :accountId")
    void renameActor(long accountId, String name);
}
