/**
 * Where the bytes of files live (attachments, results, letters): one store for every module, so that a deployment
 * with several nodes swaps the local disk for shared (S3-compatible) storage in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File store")
package vn.opendvc.files;
