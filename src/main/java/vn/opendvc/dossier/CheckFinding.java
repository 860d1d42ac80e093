package vn.opendvc.dossier;

import vn.opendvc.web.Message;

/**
 * What the pre-submission check found: the form field it is about ({@code documents} for the attachments,
 * {@code procedure} for a duplicate dossier), the rule ({@code form} for the field's own checks, {@code documents},
 * or a catalog rule such as {@code required-if}) and the message.
 */
public record CheckFinding(String field, String rule, Message message) {
}
