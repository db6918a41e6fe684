/**
 * Uploaded files: checked by content (not by name or the browser's word), size-limited,
 * named safely ({@link UploadedFiles}); kept in PostgreSQL with the record they belong
 * to, in the feature's own table and transaction ({@link DocumentStore}); and the
 * signature of a printed form ({@link Signature}).
 */
@NullMarked
package org.unesco.gnlc.shared.files;

import org.jspecify.annotations.NullMarked;
