package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.ResidentId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;

/**
 * A one-stop application: one form's values, one set of materials, one tracking number, and one
 * task per item of the bundle version it was made under. It sends a task only when every item it
 * waits for is completed, lets a returned task be corrected and resent alone, and completes when
 * every task has.
 */
@Entity
@Table(name = "bundle_application")
public class BundleApplication {

  public static final int VALUE_LENGTH = 1000;

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "tracking_no", nullable = false, unique = true, length = 32, updatable = false)
  private String trackingNo;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private BundleDefinition definition;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hall_id", nullable = false, updatable = false)
  private Organisation hall;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private BundleStatus status;

  @Column(name = "applicant_name", nullable = false, length = 200, updatable = false)
  private String applicantName;

  @Column(
      name = "applicant_resident_id",
      nullable = false,
      length = ResidentId.LENGTH,
      updatable = false)
  private ResidentId applicantResidentId;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  // lists show many applications with their tasks and values: load them for a page at a time
  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(
      name = "bundle_application_value",
      joinColumns = @JoinColumn(name = "application_id"))
  @MapKeyColumn(name = "field_key", length = FieldDefinition.KEY_LENGTH)
  @Column(name = "field_value", nullable = false, length = VALUE_LENGTH)
  private Map<String, String> values = new HashMap<>();

  @ElementCollection
  @CollectionTable(
      name = "bundle_application_material",
      joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "material_code", length = 40)
  private Set<String> materialsSeen = new HashSet<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @BatchSize(size = 50)
  private List<BundleTask> tasks = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "bundle_event", joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "seq")
  private List<BundleEvent> events = new ArrayList<>();

  @Version private long version;

  protected BundleApplication() {}

  /**
   * Takes a checked one form (see {@link OneForm#check}) under a published bundle version. Refused
   * when a material on the one-time notification, or a proof the values call for, has not been
   * seen: the hall accepts a complete application only.
   *
   * @param proofs materials the chosen values call for beyond the bundle's own list (the proof for
   *     the register item a change bundle's police part changes)
   * @param departments the department of each item (registering stations already resolved)
   */
  public BundleApplication(
      BundleDefinition definition,
      Organisation hall,
      String trackingNo,
      Map<String, String> values,
      Set<String> materialsSeen,
      Set<String> proofs,
      Map<String, Organisation> departments,
      LocalDate dueOn,
      String by,
      Instant at) {
    if (definition.status() != VersionStatus.PUBLISHED) {
      throw new BusinessException("bundle.notPublished", definition.nameZh());
    }
    List<String> missing =
        java.util.stream.Stream.concat(definition.materials().keySet().stream(), proofs.stream())
            .distinct()
            .filter(m -> !materialsSeen.contains(m))
            .toList();
    if (!missing.isEmpty()) {
      throw new MissingMaterialsException(missing);
    }
    this.id = UUID.randomUUID();
    this.definition = definition;
    this.hall = Objects.requireNonNull(hall, "hall");
    this.trackingNo = Objects.requireNonNull(trackingNo, "trackingNo");
    this.values = new HashMap<>(values);
    this.materialsSeen = new HashSet<>(materialsSeen);
    this.applicantName = required(values, OneForm.APPLICANT_NAME);
    this.applicantResidentId = ResidentId.of(required(values, OneForm.APPLICANT_ID));
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.status = BundleStatus.IN_PROGRESS;
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(at, "at");
    for (BundleItem item : definition.itemsInOrder()) {
      Organisation department = departments.get(item.code());
      if (department == null) {
        throw new IllegalArgumentException("no department for " + item.code());
      }
      tasks.add(new BundleTask(this, item, department));
    }
    events.add(new BundleEvent(at, by, hall.id(), null, EventKind.SUBMITTED, trackingNo));
  }

  private static String required(Map<String, String> values, String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(key + " missing from a checked form");
    }
    return v;
  }

  /**
   * Sends every waiting task whose items are all completed.
   *
   * @param due the due date of a task sent now
   * @return the tasks sent by this call, in item order
   */
  public List<BundleTask> release(
      Function<BundleTask, LocalDate> due, String by, String organisationId, Instant at) {
    Set<String> done = new HashSet<>();
    tasks.stream()
        .filter(t -> t.status() == TaskStatus.COMPLETED)
        .forEach(t -> done.add(t.item().code()));
    List<BundleTask> sent = new ArrayList<>();
    for (BundleTask t : tasksInOrder()) {
      if (t.status() == TaskStatus.WAITING && done.containsAll(t.item().waitsFor())) {
        t.send(at, due.apply(t));
        events.add(new BundleEvent(at, by, organisationId, t.item().code(), EventKind.SENT, null));
        sent.add(t);
      }
    }
    return sent;
  }

  /** The department accepts its task. */
  public void accept(BundleTask task, String by, String organisationId, Instant at) {
    TaskStatus before = own(task).status();
    task.accept(by, at);
    if (before != TaskStatus.ACCEPTED) {
      events.add(
          new BundleEvent(at, by, organisationId, task.item().code(), EventKind.ACCEPTED, null));
    }
  }

  /** The department completes its task; the bundle completes with its last task. */
  public void complete(
      BundleTask task, String resultRef, String by, String organisationId, Instant at) {
    own(task).complete(resultRef, by, at);
    events.add(
        new BundleEvent(
            at, by, organisationId, task.item().code(), EventKind.COMPLETED, task.resultRef()));
    if (tasks.stream().allMatch(t -> t.status() == TaskStatus.COMPLETED)) {
      status = BundleStatus.COMPLETED;
      completedAt = at;
      events.add(new BundleEvent(at, by, organisationId, null, EventKind.BUNDLE_COMPLETED, null));
    }
  }

  /** The department sends its task back to the hall with a reason. */
  public void returnTask(
      BundleTask task, String reason, String by, String organisationId, Instant at) {
    own(task).returnToHall(reason, by, at);
    events.add(
        new BundleEvent(
            at, by, organisationId, task.item().code(), EventKind.RETURNED, task.returnReason()));
  }

  /**
   * The hall corrects a returned task's fields and sends that task again; no other task is touched.
   *
   * @param corrected checked values of fields this task's item asks for; others are refused
   * @return the fields whose value changed
   */
  public List<String> resend(
      BundleTask task,
      Map<String, String> corrected,
      LocalDate dueOn,
      String by,
      String organisationId,
      Instant at) {
    if (own(task).status() != TaskStatus.RETURNED) {
      throw new BusinessException("bundle.task.notReturned");
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(corrected).entrySet()) {
      if (!task.item().fields().containsKey(e.getKey())) {
        throw new BusinessException("bundle.task.fieldNotOfThisPart", e.getKey());
      }
      String old = values.get(e.getKey());
      if (e.getValue() == null) {
        if (Boolean.TRUE.equals(task.item().fields().get(e.getKey()))) {
          throw new InvalidFieldsException(
              List.of(new FieldProblem(e.getKey(), "bundle.field.required", e.getKey())));
        }
        if (old != null) {
          values.remove(e.getKey());
          changed.add(e.getKey());
        }
      } else if (!e.getValue().equals(old)) {
        values.put(e.getKey(), e.getValue());
        changed.add(e.getKey());
      }
    }
    task.send(at, dueOn);
    events.add(
        new BundleEvent(
            at,
            by,
            organisationId,
            task.item().code(),
            EventKind.RESENT,
            String.join(", ", changed)));
    return changed;
  }

  /** Marks an open task past its due date as raised to the hall supervisor, once per sending. */
  public boolean raiseOverdue(BundleTask task, LocalDate today, String by, Instant at) {
    if (!own(task).overdue(today) || task.overdueRaisedAt() != null) {
      return false;
    }
    task.raiseOverdue(at);
    events.add(
        new BundleEvent(
            at, by, hall.id(), task.item().code(), EventKind.OVERDUE, task.dueOn().toString()));
    return true;
  }

  /** Links the household-change application that carries a task's police part. */
  public void linkChangeApplication(BundleTask task, UUID changeApplicationId) {
    own(task).linkChangeApplication(changeApplicationId);
  }

  private BundleTask own(BundleTask task) {
    if (!tasks.contains(task)) {
      throw new IllegalArgumentException("not a task of " + trackingNo);
    }
    return task;
  }

  public List<BundleTask> tasksInOrder() {
    List<String> order = definition.itemsInOrder().stream().map(BundleItem::code).toList();
    List<BundleTask> sorted = new ArrayList<>(tasks);
    sorted.sort(java.util.Comparator.comparingInt(t -> order.indexOf(t.item().code())));
    return sorted;
  }

  public BundleTask task(String itemCode) {
    return tasks.stream()
        .filter(t -> t.item().code().equals(itemCode))
        .findFirst()
        .orElseThrow(() -> new cn.yicibang.domain.NotFoundException("bundle.task.notFound"));
  }

  public UUID id() {
    return id;
  }

  public String trackingNo() {
    return trackingNo;
  }

  public BundleDefinition definition() {
    return definition;
  }

  public Organisation hall() {
    return hall;
  }

  public BundleStatus status() {
    return status;
  }

  public String applicantName() {
    return applicantName;
  }

  public ResidentId applicantResidentId() {
    return applicantResidentId;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Map<String, String> values() {
    return Collections.unmodifiableMap(values);
  }

  public Set<String> materialsSeen() {
    return Collections.unmodifiableSet(materialsSeen);
  }

  public List<BundleTask> tasks() {
    return Collections.unmodifiableList(tasks);
  }

  public List<BundleEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleApplication other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
