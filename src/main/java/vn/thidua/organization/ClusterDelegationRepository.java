package vn.thidua.organization;

import org.springframework.data.jpa.repository.JpaRepository;

/** The delegations of clusters, by cluster id. */
interface ClusterDelegationRepository extends JpaRepository<ClusterDelegation, Long> {

}
