package cn.yicibang.ejb.registry;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Loads a resident only if the caller may see them: registered inside the jurisdiction of the
 * caller's organisation. Anyone else is "not found", exactly like a resident that does not exist,
 * so nobody can probe another station's register. Every service that touches a person goes through
 * here.
 */
@Stateless
public class VisibleResidents {

  @PersistenceContext private EntityManager em;

  public Person byId(Caller caller, UUID id) {
    return visible(caller, id == null ? null : em.find(Person.class, id));
  }

  public Person byResidentId(Caller caller, ResidentId residentId) {
    return find(caller, residentId)
        .orElseThrow(() -> new NotFoundException("registry.person.notFound"));
  }

  /**
   * The same without the exception, for callers that only ask whether someone is registered here
   * (an eligibility rule, a prefill): a thrown not-found would mark their transaction for rollback.
   */
  public java.util.Optional<Person> find(Caller caller, ResidentId residentId) {
    return em.createQuery("select p from Person p where p.residentId = :id", Person.class)
        .setParameter("id", residentId)
        .getResultStream()
        .findFirst()
        .filter(p -> caller.mayView(p.household().division().code()));
  }

  private static Person visible(Caller caller, Person person) {
    if (person == null || !caller.mayView(person.household().division().code())) {
      throw new NotFoundException("registry.person.notFound");
    }
    return person;
  }
}
