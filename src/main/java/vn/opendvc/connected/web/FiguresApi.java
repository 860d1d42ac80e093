package vn.opendvc.connected.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.connected.internal.ConnectedFigures;
import vn.opendvc.web.PublicPaths;

/** The connected procedures' figures as open data: the same numbers as the dashboard. */
@RestController
@Tag(name = "Chỉ số / Indicators")
class FiguresApi {

    private final ConnectedFigures figures;

    FiguresApi(ConnectedFigures figures) {
        this.figures = figures;
    }

    record FiguresJson(long procedureId, String code, String name, int submitted, int finished, int onTime,
            java.math.BigDecimal onTimePercent, int stopped, int handOffs, Long averageHandOffDelaySeconds,
            Long longestHandOffDelaySeconds) {
    }

    @GetMapping("/api/v1/indicators/connected-procedures")
    @Operation(summary = "Chỉ số thủ tục liên thông / connected procedures: overall on time and hand-off delay")
    List<FiguresJson> all() {
        return figures.all().stream().map(f -> new FiguresJson(f.procedureId(), f.code(), f.name(), f.submitted(),
                f.finished(), f.onTime(), f.onTimePercent(), f.stopped(), f.handOffs(),
                f.averageDelay() == null ? null : f.averageDelay().toSeconds(),
                f.longestDelay() == null ? null : f.longestDelay().toSeconds())).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        PublicPaths connectedPublicPaths() {
            return PublicPaths.apiReads("/api/v1/indicators/connected-procedures");
        }
    }
}
