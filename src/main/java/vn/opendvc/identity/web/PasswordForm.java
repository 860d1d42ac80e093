package vn.opendvc.identity.web;

/** The change-of-password form: the current password, and the new one typed twice. */
public class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirm;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getNewPasswordConfirm() { return newPasswordConfirm; }
    public void setNewPasswordConfirm(String newPasswordConfirm) { this.newPasswordConfirm = newPasswordConfirm; }

    /** Never the typed passwords in a log line. */
    @Override
    public String toString() {
        return "PasswordForm[***]";
    }
}
