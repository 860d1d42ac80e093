/**
 * Shared web shell: page layout, language switch, static assets, RFC 9457 problem details for the API, and the
 * list of public paths every module contributes. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.opendvc.web;
