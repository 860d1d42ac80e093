package vn.opendvc.dossier.internal;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierTransitions.Guard;

/** Why a guard of the transition table refused an action, in the words the actor reads. */
final class GuardRefusals {

    static String text(Guard guard, Dossier.Step step) {
        return switch (guard) {
            case AT_ACTORS_STEP -> "Hồ sơ đang ở bước \"" + (step == null ? "?" : step.name()) + "\" do vai trò "
                    + (step == null ? "?" : step.role()) + " thực hiện / the dossier is at a step of another role";
            case NOT_LAST_STEP -> "Đây là bước xử lý cuối: hãy dùng \"Hoàn thành xử lý\" / last processing step: "
                    + "complete the dossier instead";
            case LAST_STEP -> "Hồ sơ chưa qua đủ các bước xử lý / the dossier has not been through every processing "
                    + "step";
            case EARLIER_STEP -> "Không có bước xử lý trước để trả lại / no earlier processing step";
            case NOT_APOLOGIZED -> "Đã gửi phiếu xin lỗi và hẹn lại cho hồ sơ này (chỉ một lần) / an apology was "
                    + "already sent";
            case ABOUT_TO_BE_LATE -> "Hồ sơ chưa đến hạn để xin lỗi và hẹn lại (chỉ khi sắp quá hạn) / an apology is "
                    + "only for a dossier about to be late";
        };
    }

    private GuardRefusals() {
    }
}
