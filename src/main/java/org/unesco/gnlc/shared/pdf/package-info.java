/**
 * PDF documents rendered from Thymeleaf templates, with an embedded font that covers
 * accents.
 */
@NullMarked
package org.unesco.gnlc.shared.pdf;

import org.jspecify.annotations.NullMarked;
