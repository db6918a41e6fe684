package org.unesco.gnlc.membership;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApplicationCommentRepository extends ListCrudRepository<ApplicationComment, Long> {

	@Query("select c from ApplicationComment c where c.applicationId = :applicationId and (c.internal = false or :includeInternal = true) order by c.at")
	List<ApplicationComment> thread(long applicationId, boolean includeInternal);

}
