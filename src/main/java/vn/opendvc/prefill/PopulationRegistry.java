package vn.opendvc.prefill;

import java.util.Set;

import vn.opendvc.identity.AccountKind;

/** The national population database (Cơ sở dữ liệu quốc gia về dân cư), looked up by personal ID number. */
public interface PopulationRegistry extends NationalDatabase {

    @Override
    default String source() {
        return Sources.POPULATION;
    }

    @Override
    default AccountKind holds() {
        return AccountKind.CITIZEN;
    }

    @Override
    default Set<DataItem> items() {
        return Set.of(DataItem.FULL_NAME, DataItem.DATE_OF_BIRTH, DataItem.GENDER, DataItem.ID_NUMBER,
                DataItem.PERMANENT_ADDRESS, DataItem.CURRENT_ADDRESS, DataItem.HOMETOWN, DataItem.ETHNICITY,
                DataItem.NATIONALITY);
    }
}
