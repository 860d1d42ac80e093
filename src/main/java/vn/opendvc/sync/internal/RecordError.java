package vn.opendvc.sync.internal;

import vn.opendvc.web.Message;

/** Why a record was rejected: the national name of the field at fault and the reason, told in the caller's language. */
public record RecordError(String field, Message reason) {

    static RecordError of(String field, String key, Object... arguments) {
        return new RecordError(field, Message.of("sync.record." + key, arguments));
    }
}
