package vn.opendvc.result;

/** How a result came to be. */
public enum ResultOrigin {
    /** Generated and signed by OpenDVC with the agency's key. */
    GENERATED,
    /** Uploaded by an officer already signed, stored unchanged. */
    UPLOADED
}
