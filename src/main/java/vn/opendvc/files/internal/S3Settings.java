package vn.opendvc.files.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where {@link S3FileStore} keeps files ({@code opendvc.storage.kind=s3}): Amazon S3 or any S3-compatible storage
 * (MinIO, Ceph, a cloud provider's object storage).
 *
 * @param endpoint  the storage's address, e.g. {@code https://s3.hcm.example.vn}; empty: Amazon S3 of the region
 * @param bucket    the bucket, created beforehand by the operator (the application only checks it is there)
 * @param region    the region the requests are signed for (default {@code us-east-1}, what most S3-compatible
 *                  servers accept)
 * @param pathStyle {@code true}: the bucket in the path ({@code endpoint/bucket/key}), as most S3-compatible servers
 *                  want; {@code false}: in the host name, as Amazon S3 prefers
 * @param prefix    put before every key (e.g. {@code opendvc/}), so that one bucket can serve several deployments
 * @param accessKey the access key; empty: the AWS SDK's default chain (the {@code AWS_ACCESS_KEY_ID} and
 *                  {@code AWS_SECRET_ACCESS_KEY} variables, a profile, the role of the machine or container)
 * @param secretKey the secret key going with {@code accessKey}; never logged
 */
@ConfigurationProperties("opendvc.storage.s3")
record S3Settings(URI endpoint, String bucket, String region, Boolean pathStyle, String prefix, String accessKey,
        String secretKey) {

    /** How long a request may take before the node gives up (the request, not the whole upload, is what counts). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    S3Settings {
        region = StringUtils.hasText(region) ? region : "us-east-1";
        pathStyle = pathStyle == null || pathStyle;
        prefix = prefix == null ? "" : prefix;
    }

    /** A client for these settings, over the JDK's own HTTP connection (no Netty, no Apache client). */
    S3Client client() {
        if (!StringUtils.hasText(bucket)) {
            throw new IllegalStateException("opendvc.storage.kind=s3 needs opendvc.storage.s3.bucket");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT))
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials())
                // checksums only where S3 requires them: many S3-compatible servers refuse the SDK's newer trailing
                // checksums; the store sends Content-MD5, which every one of them checks
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && StringUtils.hasText(endpoint.toString())) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (StringUtils.hasText(accessKey)) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Without the keys, so that the settings can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle="
                + pathStyle + ", prefix=" + prefix + "]";
    }
}
