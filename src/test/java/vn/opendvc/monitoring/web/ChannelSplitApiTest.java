package vn.opendvc.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.BIRTH;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;
import static vn.opendvc.testing.DossierFixture.pdf;
import static vn.opendvc.testing.DossierFixture.validForm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The channel split an agency's indicators show: one more dossier on each of the four channels (online, submitted
 * by a post-office agent for a citizen, at the counter, by post) is one more in each channel's count, in the API and
 * on the dashboard; with the default rule the assisted one counts in the online share and, once delivered, as
 * fully online, and the lists of dossiers behind those figures show it.
 */
@ApplicationTest
@OnMondayMorning
class ChannelSplitApiTest {

    static final String DAY = "2027-06-14";
    static final String SCORECARD = "/api/v1/indicators?agency=" + HAI_CHAU + "&from=" + DAY + "&to=" + DAY;

    @Autowired
    DossierFixture fixture;
    @Autowired
    Dossiers dossiers;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;

    JsonNode getJson(String uri, String bearer) throws Exception {
        return IndicatorApiTest.getJson(mvc, fixture, uri, bearer);
    }

    JsonNode haiChau() throws Exception {
        return getJson(SCORECARD, null).get("agencies").get(0);
    }

    static Map<String, Long> channels(JsonNode card) {
        Map<String, Long> out = new LinkedHashMap<>();
        card.get("channels").properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    List<String> codes(String indicator, String part, String bearer) throws Exception {
        return IndicatorApiTest.codes(mvc, fixture, "from=" + DAY + "&to=" + DAY, indicator, part, bearer);
    }

    /** A draft a post-office agent starts for a citizen, fills in and attaches the scans of, then submits. */
    Dossier assisted() {
        CurrentUser agent = fixture.user("buudien1");
        Procedure birth = fixture.procedure(BIRTH);
        Dossier draft = dossiers.createDraftFor(agent, fixture.user("congdan2").accountId(),
                new Dossiers.NewDossier(birth.id(), HAI_CHAU, validForm(birth), null, null, null));
        for (Procedure.RequiredDocument document : birth.documents()) {
            if (document.required()) {
                dossiers.attach(agent, draft.id(), document.name(), new Dossiers.Upload("scan.pdf", pdf()));
            }
        }
        return dossiers.submit(agent, draft.id());
    }

    Dossier registered(Channel channel, String applicant) {
        CurrentUser receiver = fixture.user("motcua1");
        Procedure birth = fixture.procedure(BIRTH);
        return dossiers.submit(receiver, dossiers.createDraft(receiver, new Dossiers.NewDossier(birth.id(), HAI_CHAU,
                validForm(birth), channel, applicant, "0905111555")).id());
    }

    @Test
    void eachChannelCountsTheDossiersSubmittedOnItAndAssistedOnesCountAsOnline() throws Exception {
        clock.set(DAY + "T09:00");
        JsonNode before = haiChau();
        Map<String, Long> channelsBefore = channels(before);
        assertThat(channelsBefore).containsOnlyKeys("online", "assisted", "counter", "post");
        assertThat(before.get("onlineChannels").toString()).isEqualTo("[\"online\",\"assisted\"]");

        Dossier online = fixture.submitted("congdan1");
        Dossier assisted = assisted();
        assertThat(assisted.channel()).isEqualTo(Channel.ASSISTED);
        Dossier counter = registered(Channel.COUNTER, "Lê Văn Quầy");
        Dossier post = registered(Channel.POST, "Trần Thị Thư");
        // the assisted dossier goes all the way: received, processed, its electronic result delivered
        fixture.act("motcua1", assisted.id(), DossierAction.RECEIVE);
        fixture.act("motcua1", assisted.id(), DossierAction.FORWARD);
        fixture.act("chuyenvien1", assisted.id(), DossierAction.FORWARD);
        fixture.act("lanhdao1", assisted.id(), DossierAction.COMPLETE);
        fixture.act("motcua1", assisted.id(), DossierAction.DELIVER);

        Map<String, Long> expected = new LinkedHashMap<>(channelsBefore);
        expected.replaceAll((channel, count) -> count + 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode now = haiChau();
            assertThat(channels(now)).as("one more on each channel").isEqualTo(expected);
            assertThat(now.get("fullProcess").get("numerator").asLong())
                    .isEqualTo(before.get("fullProcess").get("numerator").asLong() + 1);
        });

        JsonNode after = haiChau();
        long submitted = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(after.get("online").get("denominator").asLong()).isEqualTo(submitted);
        assertThat(after.get("online").get("numerator").asLong())
                .isEqualTo(expected.get("online") + expected.get("assisted"));
        assertThat(after.get("online").get("formula").asString())
                .startsWith("hồ sơ nộp trực tuyến (kể cả qua đại lý dịch vụ công) ÷ hồ sơ đã nộp = ");
        JsonNode submittedOnline = after.get("groups").get(2).get("indicators").get(1);
        assertThat(submittedOnline.get("key").asString()).isEqualTo("submittedOnline");
        assertThat(submittedOnline.get("numerator").asLong()).isEqualTo(after.get("online").get("numerator").asLong());

        // the lists behind the figures hold exactly the dossiers counted
        String monitor = fixture.token("giamsat");
        List<String> onlineCodes = codes("online", "numerator", monitor);
        assertThat(onlineCodes).contains(online.code(), assisted.code()).doesNotContain(counter.code(), post.code())
                .hasSize((int) after.get("online").get("numerator").asLong());
        assertThat(codes("fullProcess", "numerator", monitor)).contains(assisted.code())
                .hasSize((int) after.get("fullProcess").get("numerator").asLong());

        // the city's ranking row of the ward carries the same split
        JsonNode city = getJson("/api/v1/indicators?agency=DNG&from=" + DAY + "&to=" + DAY, null);
        JsonNode ward = null;
        for (JsonNode row : city.get("children")) {
            if (HAI_CHAU.equals(row.get("code").asString())) {
                ward = row;
            }
        }
        assertThat(ward).isNotNull();
        assertThat(channels(ward)).isEqualTo(expected);
        assertThat(channels(city.get("agencies").get(0)).get("assisted")).isGreaterThanOrEqualTo(1);

        // the dashboard shows the ward's counts per channel, and says the assisted ones count as online
        String page = mvc.perform(get("/indicators").param("agency", HAI_CHAU).param("from", DAY).param("to", DAY))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("data-testid=\"channels-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        String row = table.substring(table.indexOf("data-agency=\"" + HAI_CHAU + "\""));
        for (Map.Entry<String, Long> channel : expected.entrySet()) {
            String cell = row.substring(row.indexOf("data-channel=\"" + channel.getKey().toUpperCase() + "\""));
            assertThat(cell).as(channel.getKey())
                    .containsPattern("^[^<]*>\\s*<span class=\"count\">" + channel.getValue() + "</span>");
        }
        assertThat(row).contains("data-channel=\"total\">" + submitted + "<");
        assertThat(page).contains("Qua đại lý dịch vụ công (bưu điện, tổ công nghệ số cộng đồng)")
                .contains("được tính là nộp trực tuyến");
    }
}
