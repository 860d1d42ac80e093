package vn.opendvc.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.opendvc.result.DocumentOrigin;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.ResultOrigin;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.web.PublicUrl;

/** Metadata of results and of the citizens' stored documents. */
@Repository
class ResultStore {

    /** A result row with the key of its bytes and its own id. */
    record ResultRow(long id, IssuedResult result, String storageKey) {
    }

    /** How many documents one owner uploaded to the store, and their bytes together. */
    record Usage(long documents, long bytes) {
    }

    /** A document row with the key of its bytes. */
    record DocumentRow(StoreEntry entry, String storageKey) {
    }

    private static final String RESULT_COLUMNS = """
            r.id, r.verification_id, r.origin, r.reference_id, r.dossier_code, r.procedure_name, r.result_type,
            r.agency_code, r.agency_name, r.holder_id, r.holder_name, r.holder_id_number, r.signer_name,
            r.signer_subject, r.issued_at, r.file_name, r.size_bytes, r.sha256, r.storage_key,
            (select min(d.id) from citizen_document d where d.result_id = r.id) store_document_id""";

    private static final String DOCUMENT_COLUMNS = """
            d.id, d.owner_id, d.name, d.media_type, d.size_bytes, d.sha256, d.origin, d.reusable, d.created_at,
            d.storage_key, (select r.verification_id from result_document r where r.id = d.result_id) verification_id""";

    private final JdbcClient jdbc;
    private final String publicUrl;

    ResultStore(JdbcClient jdbc, PublicUrl publicUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.base();
    }

    long insertResult(IssuedResult r, String storageKey, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into result_document (verification_id, origin, reference_id, dossier_code, procedure_name,
                    result_type, agency_code, agency_name, holder_id, holder_name, holder_id_number, signer_name,
                    signer_subject, issued_at, file_name, size_bytes, sha256, storage_key, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.verificationId(), r.origin().name(), r.reference(), r.dossierCode(), r.procedureName(),
                        r.resultType(), r.agencyCode(), r.agencyName(), r.holderAccountId(), r.holderName(),
                        r.holderIdNumber(), r.signerName(), r.signerSubject(), Timestamp.from(r.issuedAt()),
                        r.fileName(), r.sizeBytes(), r.sha256(), storageKey, Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ResultRow> result(String verificationId) {
        return jdbc.sql("select " + RESULT_COLUMNS + " from result_document r where r.verification_id = ?")
                .param(verificationId).query(this::resultRow).optional();
    }

    List<ResultRow> forReference(long reference) {
        return jdbc.sql("select " + RESULT_COLUMNS
                        + " from result_document r where r.reference_id = ? order by r.issued_at desc, r.id desc")
                .param(reference).query(this::resultRow).list();
    }

    long insertDocument(long owner, String name, String mediaType, long size, String sha256, String storageKey,
            DocumentOrigin origin, boolean reusable, Long resultId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into citizen_document (owner_id, name, media_type, size_bytes, sha256, storage_key, origin,
                    reusable, result_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(owner, name, mediaType, size, sha256, storageKey, origin.name(), reusable, resultId,
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** What the owner uploaded (issued results excluded), reusable or not: all of it takes space. */
    Usage uploaded(long owner) {
        return jdbc.sql("select count(*) documents, coalesce(sum(size_bytes), 0) bytes from citizen_document"
                        + " where owner_id = ? and origin = ?")
                .params(owner, DocumentOrigin.UPLOADED.name())
                .query((rs, n) -> new Usage(rs.getLong("documents"), rs.getLong("bytes"))).single();
    }

    boolean markReusable(long owner, long id) {
        return jdbc.sql("update citizen_document set reusable = ? where id = ? and owner_id = ?")
                .params(true, id, owner).update() == 1;
    }

    /** Issued results and reusable documents of one owner, newest first. */
    List<StoreEntry> documents(long owner) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from citizen_document d where d.owner_id = ?"
                        + " and (d.reusable = ? or d.origin = ?) order by d.created_at desc, d.id desc")
                .params(owner, true, DocumentOrigin.ISSUED_RESULT.name())
                .query((rs, n) -> documentRow(rs).entry()).list();
    }

    Optional<DocumentRow> document(long owner, long id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from citizen_document d where d.id = ? and d.owner_id = ?")
                .params(id, owner).query((rs, n) -> documentRow(rs)).optional();
    }

    private ResultRow resultRow(ResultSet rs, int n) throws SQLException {
        String verificationId = rs.getString("verification_id");
        IssuedResult result = new IssuedResult(verificationId, verificationUrl(verificationId),
                ResultOrigin.valueOf(rs.getString("origin")), rs.getLong("reference_id"),
                rs.getString("dossier_code"), rs.getString("procedure_name"), rs.getString("result_type"),
                rs.getString("agency_code"), rs.getString("agency_name"), rs.getObject("holder_id", Long.class),
                rs.getString("holder_name"), rs.getString("holder_id_number"), rs.getString("signer_name"),
                rs.getString("signer_subject"), rs.getTimestamp("issued_at").toInstant(), rs.getString("file_name"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("store_document_id", Long.class));
        return new ResultRow(rs.getLong("id"), result, rs.getString("storage_key"));
    }

    private static DocumentRow documentRow(ResultSet rs) throws SQLException {
        StoreEntry entry = new StoreEntry(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                DocumentOrigin.valueOf(rs.getString("origin")), rs.getBoolean("reusable"),
                rs.getString("verification_id"), rs.getTimestamp("created_at").toInstant());
        return new DocumentRow(entry, rs.getString("storage_key"));
    }

    String verificationUrl(String verificationId) {
        return publicUrl + "/verify/" + verificationId;
    }
}
