/**
 * What every feature stands on: the embedded database, the security vocabulary (roles,
 * the signed-in person, who acts), the layout, languages and error pages; and the pieces
 * every workflow uses once: uploads and the document store, CSV, refusals and their error
 * handler, task-list progress, timelines and reference numbers. It depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.unesco.gnlc.shared;

import org.springframework.modulith.ApplicationModule;
