/**
 * Rows written in bulk into one table, in the caller's transaction: PostgreSQL's own {@code COPY} where the database
 * is PostgreSQL, a typed JDBC batch elsewhere. Used where a request writes a thousand rows at once (a sync batch and
 * the indicator tracks it makes). Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk writes")
package vn.opendvc.bulk;
