package cn.yicibang.web.registry;

import cn.yicibang.ejb.printing.FormPrinting;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.ejb.registry.PersonRecord;
import cn.yicibang.ejb.registry.PersonSummary;
import cn.yicibang.ejb.registry.RegisterLookup;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.StreamedContent;

/**
 * registry/lookup.xhtml: find a resident by identity number or name, open the full record
 * (household, members, history) and print the register extract. Rule violations reach the clerk as
 * messages through the Faces exception handler.
 */
@Named
@ViewScoped
public class LookupView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private RegisterLookup lookup;

  @Inject private FormPrinting printing;

  private String query;
  private List<PersonSummary> results;
  private PersonRecord record;
  private String personParam;

  /** Opens a record named in the address ({@code ?person=<id>}, e.g. from a case page). */
  public void load() {
    if (record == null && personParam != null && !personParam.isBlank()) {
      try {
        open(UUID.fromString(personParam));
      } catch (IllegalArgumentException ignored) {
        // a mangled link: the clerk searches instead
      }
    }
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public void search() {
    record = null;
    results = lookup.search(query);
    if (results.size() == 1) {
      open(results.get(0).id());
    }
  }

  public void open(UUID personId) {
    record = lookup.open(personId);
  }

  public void close() {
    record = null;
  }

  /**
   * The register extract of the open record, rendered when the download asks for it (PrimeFaces
   * evaluates a file download before any action method). A refusal, e.g. a character the font
   * cannot draw, reaches the clerk as messages through the Faces exception handler.
   */
  public StreamedContent getExtract() {
    if (record == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    PrintedDocument document =
        printing.registerExtract(record.id(), cn.yicibang.web.printing.Pdfs.OFFICIAL);
    return cn.yicibang.web.printing.Pdfs.download(document);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<PersonSummary> getResults() {
    return results;
  }

  public PersonRecord getRecord() {
    return record;
  }

  public int getSearchLimit() {
    return cn.yicibang.ejb.config.Setting.SEARCH_LIMIT.asInt();
  }
}
