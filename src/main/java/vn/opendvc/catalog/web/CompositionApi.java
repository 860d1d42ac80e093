package vn.opendvc.catalog.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** A connected procedure's composition as it is defined: anyone reads it; an ADMIN defines or replaces it. */
@RestController
@RequestMapping("/api/v1/procedures/{id}/composition")
@Tag(name = "Thủ tục / Procedures")
class CompositionApi {

    /** The members, as {@link ConnectedProcedures#define} takes them. */
    record Definition(List<Composition.MemberDefinition> members) {
    }

    private final ConnectedProcedures connected;

    CompositionApi(ConnectedProcedures connected) {
        this.connected = connected;
    }

    @GetMapping
    @Operation(summary = "Các thủ tục thành phần của thủ tục liên thông / the members of a connected procedure")
    Definition composition(@PathVariable long id) {
        return connected.of(id).map(c -> new Definition(c.definition()))
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), id));
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Định nghĩa thủ tục liên thông (ADMIN) / define a connected procedure (ADMIN)",
            description = "members: [{code, agencyKind, dependsOn: [code], fields: {memberField: parentField}, "
                    + "documents: {memberDocument: parentDocument}, handOffs: [{from, field | document}]}]. A dossier "
                    + "already submitted keeps the composition it was submitted under. Errors per member: "
                    + "members[i].code, .agencyKind, .dependsOn, .fields, .documents, .handOffs.")
    Definition define(@PathVariable long id, @RequestBody Definition definition, CurrentUser admin) {
        return new Definition(connected.define(id, definition.members(), admin.accountId()).definition());
    }
}
