package vn.opendvc.result;

import vn.opendvc.web.Message;

/**
 * A document refused because its owner's document store holds as many documents, or as many bytes, as the quota
 * allows ({@code opendvc.result.document-store.*}): no other file would be accepted either.
 */
public class DocumentStoreFull extends ResultRejected {

    public DocumentStoreFull(Message reason) {
        super(reason);
    }
}
