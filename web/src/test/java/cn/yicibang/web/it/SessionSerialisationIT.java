package cn.yicibang.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yicibang.ejb.database.YicibangDataSource;
import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages that hold a case, with their sessions written and read back after every request as a
 * cluster's session store writes them ({@link SessionRoundTrip}): a change application, a register
 * record, a bundle application (the hall's, a department's and the public's pages), a dispute, the
 * list of disputes and the mediation figures, each opened by a user who may see it. What this
 * proves is the serialisation of what the pages really hold, with the services' own collections;
 * that another node then carries on with it was seen by hand for the lookup page
 * (docs/reliability.md).
 */
@ExtendWith(ArquillianExtension.class)
class SessionSerialisationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.yicibang();
  }

  @ArquillianResource private URL base;

  @Resource(lookup = YicibangDataSource.JNDI_NAME)
  private DataSource dataSource;

  @AfterEach
  void stopWatching() {
    SessionRoundTrip.stop();
  }

  @Test
  void thePagesHoldingACaseKeepOnlyWhatSerialisesAndReadsBack() throws Exception {
    URI uri = base.toURI();
    String no =
        Intake.change(
            uri,
            dataSource,
            "clerk.dongzhuang",
            Intake.DONGQIN_UNIT,
            "郑旅程",
            LocalDate.of(1979, 4, 4),
            true,
            Map.of("OCCUPATION", "渔民"));
    String tracking = Intake.businessStart(uri, dataSource, "郑行旅");
    String person =
        Sql.single(dataSource, "select cast(id as varchar(36)) from person where name = ?", "郑旅程");
    String dispute =
        Sql.single(
            dataSource,
            "select min(c.case_no) from dispute_case c where c.station_id = 'PS-DONGZHUANG'"
                + " and exists (select 1 from dispute_party p where p.case_id = c.id)");
    assertThat(dispute).as("a demo dispute of Dongzhuang station with its parties").isNotNull();
    String tail =
        Sql.single(
            dataSource, "select substring(resident_id, 15, 4) from person where name = ?", "郑行旅");
    String officer =
        Sql.single(
            dataSource,
            "select min(u.username) from app_user u"
                + " join app_user_role r on r.username = u.username"
                + " join bundle_task t on t.department_id = u.organisation_id"
                + " join bundle_application a on a.id = t.application_id"
                + " where a.tracking_no = ? and t.status = 'SENT' and r.role = 'DEPARTMENT_OFFICER'",
            tracking);
    assertThat(officer).as("an officer of a department the business start was sent to").isNotNull();

    SessionRoundTrip.start();
    FacesClient clerk = client("clerk.dongzhuang");
    assertThat(page(clerk, "household/case.xhtml?id=" + no)).contains(no);
    page(clerk, "registry/lookup.xhtml");
    HttpResponse<String> found =
        clerk.post(
            "registry/lookup.xhtml",
            Map.of("search", "search", "search:query", "郑旅程", "search:searchButton", ""));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("recordName").contains("郑旅程");
    assertThat(page(clerk, "household/new.xhtml?person=" + person)).contains("郑旅程");
    FacesClient hall = client("hall.xiuyu");
    assertThat(page(hall, "bundle/detail.xhtml?no=" + tracking)).contains(tracking);
    assertThat(page(hall, "bundle/apply.xhtml?bundle=BUSINESS_START")).contains("开办企业一件事");
    assertThat(page(client(officer), "bundle/tasks.xhtml")).contains(tracking);
    FacesClient police = client("police.dongzhuang");
    assertThat(page(police, "mediation/dispute.xhtml?no=" + dispute)).contains(dispute);
    page(police, "mediation/list.xhtml");
    page(client("supervisor.justice"), "mediation/dashboard.xhtml");
    FacesClient citizen = new FacesClient(uri);
    page(citizen, "public/status.xhtml");
    HttpResponse<String> status =
        citizen.post(
            "public/status.xhtml",
            Map.of(
                "status",
                "status",
                "status:no",
                tracking,
                "status:idTail",
                tail,
                "status:look",
                ""));
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains(tracking).contains("开办企业一件事");
    SessionRoundTrip.stop();

    String report =
        String.format(
            "%d sessions written and read back after a request, %d attributes, %d objects of %d"
                + " classes, %d EJB references left to the container, %d failures%n%s%n",
            SessionRoundTrip.sessions(),
            SessionRoundTrip.attributes(),
            SessionRoundTrip.objects(),
            SessionRoundTrip.written().size(),
            SessionRoundTrip.handles(),
            SessionRoundTrip.failures().size(),
            String.join("\n", SessionRoundTrip.failures()));
    Path file = Path.of("target", "reliability", "session-round-trip.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    assertThat(SessionRoundTrip.failures()).as("session attributes that do not travel").isEmpty();
    assertThat(SessionRoundTrip.sessions()).isGreaterThanOrEqualTo(8);
    // what the pages hold was really written, down to the records inside the records
    assertThat(SessionRoundTrip.written())
        .contains(
            "cn.yicibang.web.household.CaseView",
            "cn.yicibang.ejb.household.ChangeDetail",
            "cn.yicibang.ejb.household.ChangeDetail$Item",
            "cn.yicibang.ejb.household.ChangeDetail$Step",
            "cn.yicibang.web.registry.LookupView",
            "cn.yicibang.ejb.registry.PersonSummary",
            "cn.yicibang.ejb.registry.PersonRecord",
            "cn.yicibang.ejb.registry.PersonRecord$HouseholdView",
            "cn.yicibang.ejb.registry.PersonRecord$MemberView",
            "cn.yicibang.web.household.NewChangeView",
            "cn.yicibang.ejb.bundle.Views$Detail",
            "cn.yicibang.ejb.bundle.Views$TaskView",
            "cn.yicibang.ejb.bundle.Views$EventView",
            "cn.yicibang.ejb.bundle.Views$Notice",
            "cn.yicibang.ejb.bundle.Views$NoticeMaterial",
            "cn.yicibang.ejb.bundle.Views$FormSection",
            "cn.yicibang.ejb.bundle.Views$FormField",
            "cn.yicibang.ejb.bundle.Views$DepartmentTask",
            "cn.yicibang.ejb.bundle.Views$LabelValue",
            "cn.yicibang.ejb.bundle.Views$PublicStatus",
            "cn.yicibang.ejb.bundle.Views$PublicPart",
            "cn.yicibang.ejb.mediation.MediationViews$Summary",
            "cn.yicibang.ejb.mediation.MediationViews$Detail",
            "cn.yicibang.ejb.mediation.MediationViews$PartyView",
            "cn.yicibang.ejb.mediation.MediationViews$EventView",
            "cn.yicibang.ejb.mediation.MediationStatistics$Figures",
            "cn.yicibang.ejb.mediation.MediationStatistics$Row");
  }

  private FacesClient client(String user) throws Exception {
    FacesClient client = new FacesClient(base.toURI());
    assertThat(client.login(user, "demo1234").statusCode()).as(user).isEqualTo(302);
    return client;
  }

  private static String page(FacesClient client, String address) throws Exception {
    HttpResponse<String> r = client.get(address);
    assertThat(r.statusCode()).as(address).isEqualTo(200);
    return r.body();
  }
}
