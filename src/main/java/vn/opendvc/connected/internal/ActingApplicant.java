package vn.opendvc.connected.internal;

import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;

/**
 * The applicant on whose behalf the coordinator fills, attaches and submits the member dossiers: what the citizen
 * declared once on the connected procedure is declared for each member, by them, through the dossier module's API
 * and its checks.
 */
@Component
class ActingApplicant {

    private final Accounts accounts;

    ActingApplicant(Accounts accounts) {
        this.accounts = accounts;
    }

    CurrentUser of(Dossier parent) {
        if (parent.applicantId() == 0) {
            throw DossierProblem.invalid(Message.of("connected.invalid.no-account"));
        }
        return accounts.find(parent.applicantId()).orElseThrow();
    }
}
