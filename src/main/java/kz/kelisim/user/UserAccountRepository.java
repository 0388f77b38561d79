package kz.kelisim.user;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    /** Accounts holding the role whose name or user name contains the text, by name. */
    @Query("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true and (lower(u.fullName) like"
            + " lower(concat('%', :text, '%')) or lower(u.username) like lower(concat('%', :text, '%')))"
            + " order by u.fullName, u.id")
    java.util.List<UserAccount> search(String role, String text, org.springframework.data.domain.Pageable page);

    @Query("select count(distinct u) from UserAccount u join u.roles r where r = :role")
    long countWithRole(String role);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles")
    java.util.List<UserAccount> lockActiveWithRole(String role);
}
