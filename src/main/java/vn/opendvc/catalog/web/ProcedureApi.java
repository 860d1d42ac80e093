package vn.opendvc.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.ConnectedProcedures;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.catalog.ProcedureSummary;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Thủ tục hành chính / Procedures")
class ProcedureApi {

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final ConnectedProcedures connected;
    private final JsonMapper json;

    ProcedureApi(ProcedureCatalog catalog, AgencyDirectory agencies, ConnectedProcedures connected,
            JsonMapper json) {
        this.catalog = catalog;
        this.agencies = agencies;
        this.connected = connected;
        this.json = json;
    }

    record Page(List<ProcedureSummary> items, long total, int page, int size) {
    }

    @GetMapping
    @Operation(summary = "Tìm thủ tục / search procedures",
            description = "Không phân biệt dấu và hoa thường; xếp theo mức độ liên quan. "
                    + "Accent- and case-insensitive, ranked by relevance; page is zero-based, "
                    + "0 to " + ProcedureQuery.MAX_PAGE + ", size 1 to " + ProcedureQuery.MAX_SIZE + ".")
    Page search(@ParameterObject ProcedureSearchRequest request) {
        var query = request.toQuery(agencies);
        var result = catalog.search(query);
        return new Page(result.items(), result.total(), query.page(), query.size());
    }

    /** A member of a connected procedure in the API. */
    record MemberJson(String code, String name, String agencyKind, List<String> dependsOn) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "Chi tiết thủ tục / one procedure with documents, form fields and result",
            description = "Thủ tục liên thông có thêm `members` (mã, tên, loại cơ quan giải quyết, phụ thuộc). "
                    + "A connected procedure also lists its `members` (code, name, agencyKind, dependsOn).")
    Object procedure(@PathVariable long id) {
        Procedure procedure = catalog.find(id)
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), id));
        return connected.of(id).<Object>map(composition -> {
            Map<String, Object> withMembers = new LinkedHashMap<>(json.convertValue(procedure,
                    new TypeReference<Map<String, Object>>() { }));
            withMembers.put("members", composition.members().stream()
                    .map(m -> new MemberJson(m.code(), m.name(), m.agencyKind(), m.dependsOn())).toList());
            return withMembers;
        }).orElse(procedure);
    }
}
