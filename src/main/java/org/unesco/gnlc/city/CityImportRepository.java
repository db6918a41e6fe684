package org.unesco.gnlc.city;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CityImportRepository extends JpaRepository<CityImport, Long> {

	Page<CityImport> findAllByOrderByUploadedAtDescIdDesc(Pageable pageable);

}
