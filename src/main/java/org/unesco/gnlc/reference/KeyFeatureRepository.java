package org.unesco.gnlc.reference;

import java.util.List;

import org.springframework.data.repository.Repository;

interface KeyFeatureRepository extends Repository<KeyFeature, Long> {

	List<KeyFeature> findAllByOrderByPosition();

}
