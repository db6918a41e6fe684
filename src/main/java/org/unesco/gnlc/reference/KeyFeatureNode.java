package org.unesco.gnlc.reference;

import java.util.List;

/** A node of the Key Features framework in one language, with the nodes under it. */
public record KeyFeatureNode(String code, String name, List<KeyFeatureNode> children) {
}
