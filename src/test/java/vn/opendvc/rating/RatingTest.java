package vn.opendvc.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.Sessions;

@RecordApplicationEvents
@ApplicationTest
@OnMondayMorning
class RatingTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    Ratings ratings;
    @Autowired
    ApplicationEvents events;

    static Ratings.RatingRequest request(int score, boolean complaint) {
        Map<RatingCriterion, Integer> scores = new EnumMap<>(RatingCriterion.class);
        for (RatingCriterion c : RatingCriterion.values()) {
            scores.put(c, score);
        }
        scores.put(RatingCriterion.COST, 2);
        return new Ratings.RatingRequest(scores, complaint, "Cán bộ nhiệt tình");
    }

    @Test
    void theApplicantRatesADeliveredDossierOnceAndTheEventCarriesTheAverage() {
        Dossier d = fixture.delivered("congdan1");
        Rating rating = ratings.rate(fixture.user("congdan1"), d.id(), request(5, true));

        assertThat(rating.averageScore()).isEqualByComparingTo("4.50"); // (5×5 + 2) / 6
        assertThat(rating.agencyCode()).isEqualTo(HAI_CHAU);
        assertThat(events.stream(RatingSubmitted.class).filter(e -> e.dossierId() == d.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.averageScore()).isEqualByComparingTo(new BigDecimal("4.50"));
                    assertThat(e.complaint()).isTrue();
                    assertThat(e.procedureId()).isEqualTo(d.procedureId());
                    assertThat(e.agencyCode()).isEqualTo(HAI_CHAU);
                });
        assertThat(ratings.find(fixture.user("motcua1"), d.id())).get().extracting(Rating::complaint).isEqualTo(true);
        assertThat(ratings.ofAgency(fixture.user("motcua1"), 500)).extracting(Rating::dossierId).contains(d.id());

        assertThatThrownBy(() -> ratings.rate(fixture.user("congdan1"), d.id(), request(1, false)))
                .isInstanceOfSatisfying(RatingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RatingRefused.Reason.ALREADY_RATED));
        assertThat(jdbc.sql("select count(*) from rating where dossier_id = ?").param(d.id()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void onlyTheOwnerMayRateAndOnlyAfterDelivery() {
        Dossier done = fixture.done("congdan1");
        assertThatThrownBy(() -> ratings.rate(fixture.user("congdan1"), done.id(), request(4, false)))
                .isInstanceOfSatisfying(RatingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RatingRefused.Reason.NOT_DELIVERED));
        Dossier delivered = fixture.delivered("congdan1");
        assertThatThrownBy(() -> ratings.rate(fixture.user("congdan2"), delivered.id(), request(4, false)))
                .isInstanceOfSatisfying(RatingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RatingRefused.Reason.NOT_FOUND));
        assertThatThrownBy(() -> ratings.rate(fixture.user("motcua1"), delivered.id(), request(4, false)))
                .isInstanceOfSatisfying(RatingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RatingRefused.Reason.NOT_FOUND));
        Map<RatingCriterion, Integer> partial = new EnumMap<>(RatingCriterion.class);
        partial.put(RatingCriterion.TIMELINESS, 6);
        assertThatThrownBy(() -> ratings.rate(fixture.user("congdan1"), delivered.id(),
                new Ratings.RatingRequest(partial, false, null)))
                .isInstanceOfSatisfying(RatingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RatingRefused.Reason.INVALID));
        assertThat(ratings.find(fixture.user("congdan1"), delivered.id())).isEmpty();
    }

    @Test
    void theApiAnswers201ThenConflictAndNotFoundForSomeoneElse() throws Exception {
        Dossier d = fixture.delivered("congdan1");
        String body = """
                {"scores":{"timeliness":5,"visits":4,"information":5,"attitude":5,"cost":3,"onlineQuality":4},
                 "complaint":false,"comment":"Tốt"}""";
        mvc.perform(post("/api/v1/dossiers/{id}/rating", d.id()).header("Authorization", fixture.token("congdan2"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        String owner = fixture.token("congdan1");
        mvc.perform(post("/api/v1/dossiers/{id}/rating", d.id()).header("Authorization", owner)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.averageScore").value(4.33))
                .andExpect(jsonPath("$.scores.onlineQuality").value(4));
        mvc.perform(post("/api/v1/dossiers/{id}/rating", d.id()).header("Authorization", owner)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:opendvc:problem:already-rated"));
    }

    @Test
    void thePagesShowTheFormToTheOwnerAndTheRatingsToTheAgencysOfficers() throws Exception {
        Dossier d = fixture.delivered("congdan1");
        MockHttpSession owner = Sessions.signIn(mvc, "congdan1");
        mvc.perform(get("/me/dossiers/{id}/rating", d.id()).session(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"rating-form\"")));
        mvc.perform(get("/me/dossiers/{id}/rating", d.id()).session(Sessions.signIn(mvc, "congdan2")))
                .andExpect(status().isNotFound());
        var form = post("/me/dossiers/{id}/rating", d.id()).session(owner).with(csrf()).param("complaint", "true")
                .param("comment", "Phải đi lại hai lần");
        for (RatingCriterion c : RatingCriterion.values()) {
            form.param(c.key(), "3");
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        assertThat(ratings.find(fixture.user("congdan1"), d.id())).get().extracting(Rating::averageScore)
                .satisfies(avg -> assertThat(avg).isEqualByComparingTo("3.00"));
        mvc.perform(get("/officer/ratings").session(Sessions.signIn(mvc, "motcua1")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Phải đi lại hai lần")));
    }
}
