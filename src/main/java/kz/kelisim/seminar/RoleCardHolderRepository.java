package kz.kelisim.seminar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleCardHolderRepository extends JpaRepository<RoleCardHolder, RoleCardHolder.Key> {

    List<RoleCardHolder> findByWorkspaceId(long workspaceId);
}
