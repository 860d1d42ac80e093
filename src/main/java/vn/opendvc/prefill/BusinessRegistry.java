package vn.opendvc.prefill;

import java.util.Set;

import vn.opendvc.identity.AccountKind;

/** The national business registration database, looked up by tax code (enterprise code). */
public interface BusinessRegistry extends NationalDatabase {

    @Override
    default String source() {
        return Sources.BUSINESS_REGISTRY;
    }

    @Override
    default AccountKind holds() {
        return AccountKind.BUSINESS;
    }

    @Override
    default Set<DataItem> items() {
        return Set.of(DataItem.BUSINESS_NAME, DataItem.TAX_CODE, DataItem.HEAD_OFFICE_ADDRESS,
                DataItem.LEGAL_REPRESENTATIVE, DataItem.LEGAL_REPRESENTATIVE_ID);
    }
}
