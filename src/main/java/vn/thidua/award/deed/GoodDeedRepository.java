package vn.thidua.award.deed;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoodDeedRepository extends JpaRepository<GoodDeed, Long> {

}
