package vn.opendvc.payment.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.payment.FeeQuote;
import vn.opendvc.payment.FeeSchedule;

/**
 * Fees from the catalog, online discounts from {@link Discounts}, exemptions from configuration. Rounding: the
 * discount is rounded half up to the đồng ({@link Money#percentOf}); the amount due is the fee minus the discount.
 */
@Service
class CatalogFeeSchedule implements FeeSchedule {

    private final ProcedureCatalog catalog;
    private final Discounts discounts;
    private final PaymentProperties properties;

    CatalogFeeSchedule(ProcedureCatalog catalog, Discounts discounts, PaymentProperties properties) {
        this.catalog = catalog;
        this.discounts = discounts;
        this.properties = properties;
    }

    @Override
    public Map<String, String> exemptCategories() {
        return Collections.unmodifiableMap(properties.exemptCategories());
    }

    @Override
    public FeeQuote quote(long procedureId, String agencyCode, String applicantCategory) {
        Procedure procedure = catalog.find(procedureId)
                .orElseThrow(() -> new IllegalArgumentException("no procedure " + procedureId));
        long fee = procedure.feeVnd() == null ? 0 : procedure.feeVnd();
        return quote(fee, procedure.code(), agencyCode, applicantCategory);
    }

    FeeQuote quote(long fee, String procedureCode, String agencyCode, String applicantCategory) {
        if (fee <= 0) {
            return new FeeQuote(0, 0, 0, false, 0, "Thủ tục này không thu phí, lệ phí.");
        }
        String category = applicantCategory == null ? null : applicantCategory.strip();
        String exemptLabel = category == null ? null : properties.exemptCategories().get(category);
        if (exemptLabel != null) {
            return new FeeQuote(fee, 0, 0, true, 0, "Phí, lệ phí theo quy định: " + Money.vnd(fee)
                    + ". Được miễn cho đối tượng: " + exemptLabel + ". Số tiền phải nộp: " + Money.vnd(0) + ".");
        }
        Optional<Discounts.Discount> rule = discounts.applicable(agencyCode, procedureCode);
        int percent = rule.map(Discounts.Discount::percent).orElse(0);
        long discount = Money.percentOf(fee, percent);
        long due = fee - discount;
        StringBuilder text = new StringBuilder("Phí, lệ phí theo quy định: ").append(Money.vnd(fee)).append(". ");
        if (percent > 0) {
            Discounts.Discount d = rule.get();
            text.append("Giảm ").append(percent).append("% khi nộp hồ sơ trực tuyến (")
                    .append(scope(d)).append(")")
                    .append(d.note() == null || d.note().isBlank() ? "" : " — " + d.note().strip())
                    .append(": −").append(Money.vnd(discount)).append(" (làm tròn đến đồng). ");
        }
        text.append("Số tiền phải nộp: ").append(Money.vnd(due)).append('.');
        return new FeeQuote(fee, percent, discount, false, due, text.toString());
    }

    private static String scope(Discounts.Discount d) {
        boolean anyAgency = Discounts.ANY.equals(d.agencyCode());
        boolean anyProcedure = Discounts.ANY.equals(d.procedureCode());
        if (anyAgency && anyProcedure) {
            return "áp dụng chung";
        }
        if (anyAgency) {
            return "áp dụng cho thủ tục " + d.procedureCode();
        }
        if (anyProcedure) {
            return "áp dụng tại cơ quan " + d.agencyCode();
        }
        return "áp dụng cho thủ tục " + d.procedureCode() + " tại cơ quan " + d.agencyCode();
    }
}
