/**
 * Accounts and sign-in: citizens by personal ID number, businesses by tax code, officers bound to one agency;
 * roles, assurance level, local login, login with the national e-ID (OpenID Connect) and API tokens.
 * <p>
 * API for other modules: {@link vn.opendvc.identity.CurrentUser} (who is signed in, from any
 * {@code Authentication}), {@link vn.opendvc.identity.Accounts} (look-ups), {@link vn.opendvc.identity.Role},
 * {@link vn.opendvc.identity.AccountKind}, {@link vn.opendvc.identity.AssuranceLevel}. This module owns the
 * security configuration; other modules open paths only by declaring a {@code vn.opendvc.web.PublicPaths} bean.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.opendvc.identity;
