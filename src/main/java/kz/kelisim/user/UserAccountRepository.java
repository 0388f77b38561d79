package kz.kelisim.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    /** Accounts holding the role whose name or user name contains the text, by name. */
    @Query("select distinct u from UserAccount u join u.roles r where r = :role and (lower(u.fullName) like"
            + " lower(concat('%', :text, '%')) or lower(u.username) like lower(concat('%', :text, '%')))"
            + " order by u.fullName")
    java.util.List<UserAccount> search(String role, String text, org.springframework.data.domain.Pageable page);

    @Query("select count(distinct u) from UserAccount u join u.roles r where r = :role")
    long countWithRole(String role);
}
