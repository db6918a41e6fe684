/**
 * What every feature stands on: the embedded database, the security vocabulary (roles,
 * the signed-in person, access rules), the layout, languages and error pages.
 * It depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.unesco.gnlc.shared;
