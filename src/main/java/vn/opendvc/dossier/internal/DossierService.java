package vn.opendvc.dossier.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.calendar.DeadlineStatus;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.DossierStatus;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.dossier.DossierTransitions;
import vn.opendvc.dossier.DossierTransitions.Party;
import vn.opendvc.dossier.DossierTransitions.Transition;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.files.FileStore;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.AccountProfile;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.FeeSchedule;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.Payments;
import vn.opendvc.result.DeclaredField;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.ResultRejected;
import vn.opendvc.result.ResultRequest;
import vn.opendvc.result.Results;
import vn.opendvc.result.SignedResultUpload;
import vn.opendvc.result.StoreEntry;
import vn.opendvc.result.StoredDocument;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;
import vn.opendvc.workflow.StepDue;
import vn.opendvc.workflow.StepSchedule;

/** The dossier commands: every change goes through the transition table, is stored in history and published. */
@Service
class DossierService implements Dossiers {

    /** Who the history names when a confirmed online payment moves a dossier on. */
    static final CurrentUser PAYMENT_SYSTEM = new CurrentUser(0, "payment", AccountKind.OFFICER,
            "Hệ thống thanh toán trực tuyến", null, Set.of(), null, null, vn.opendvc.identity.AssuranceLevel.LOCAL);

    private final DossierStore store;
    private final DossierCodes codes;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final WorkingCalendar calendar;
    private final ProcessingSteps processingSteps;
    private final StepSchedule schedule;
    private final UploadInspector uploads;
    private final FileStore storage;
    private final DossierLetters letters;
    private final Results results;
    private final Payments payments;
    private final FeeSchedule fees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierService(DossierStore store, DossierCodes codes, ProcedureCatalog catalog, AgencyDirectory agencies,
            Accounts accounts, WorkingCalendar calendar, ProcessingSteps processingSteps, StepSchedule schedule,
            UploadInspector uploads, FileStore storage, DossierLetters letters, Results results, Payments payments,
            FeeSchedule fees, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.catalog = catalog;
        this.agencies = agencies;
        this.accounts = accounts;
        this.calendar = calendar;
        this.processingSteps = processingSteps;
        this.schedule = schedule;
        this.uploads = uploads;
        this.storage = storage;
        this.letters = letters;
        this.results = results;
        this.payments = payments;
        this.fees = fees;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- drafting

    @Override
    @Transactional
    public Dossier createDraft(CurrentUser by, NewDossier request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Procedure procedure = catalog.find(request.procedureId()).orElse(null);
        if (procedure == null) {
            throw DossierProblem.invalid("Không có thủ tục " + request.procedureId(),
                    Map.of("procedureId", "Không có thủ tục này / unknown procedure"));
        }
        if (!procedure.configured()) {
            throw DossierProblem.invalid("Thủ tục chưa được cấu hình để nộp trực tuyến / procedure not open for submission",
                    Map.of("procedureId", "Thủ tục chưa được cấu hình để nộp trực tuyến"));
        }
        Agency agency = request.agencyCode() == null ? null : agencies.find(request.agencyCode()).orElse(null);
        if (agency == null) {
            errors.put("agencyCode", "Hãy chọn cơ quan tiếp nhận / choose the receiving agency");
        } else if (!agency.kind().equals(procedure.agencyKind())) {
            errors.put("agencyCode", "Cơ quan này không tiếp nhận thủ tục này / this agency does not receive it");
        }
        Channel channel = request.channel() == null ? Channel.ONLINE : request.channel();
        String applicantName;
        String applicantPhone;
        Long applicantId;
        if (by.kind() == AccountKind.CITIZEN || by.kind() == AccountKind.BUSINESS) {
            if (channel != Channel.ONLINE) {
                errors.put("channel", "Công dân, doanh nghiệp nộp trực tuyến / applicants submit online");
            }
            AccountProfile profile = accounts.profile(by.accountId()).orElseThrow();
            applicantId = by.accountId();
            applicantName = by.displayName();
            applicantPhone = profile.phone();
        } else {
            boolean receiver = by.hasRole(Role.RECEIVER) && agency != null && by.worksAt(agency.code())
                    && channel != Channel.ONLINE;
            boolean agent = by.hasRole(Role.AGENT);
            if (!receiver && !agent) {
                throw DossierProblem.forbidden("Tài khoản này không nộp hồ sơ cho cơ quan này / not allowed to register "
                        + "dossiers here");
            }
            applicantId = null;
            applicantName = request.applicantName() == null ? "" : request.applicantName().strip();
            applicantPhone = PhoneNumber.normalize(request.applicantPhone()).orElse(null);
            if (applicantName.isEmpty() || applicantName.length() > 200) {
                errors.put("applicantName", "Nhập họ tên người nộp / applicant's name required");
            }
            if (applicantPhone == null) {
                errors.put("applicantPhone", "Số điện thoại không hợp lệ (ví dụ 0905123456) / invalid phone number");
            }
        }
        FormValidator.Result form = FormValidator.check(procedure.formFields(), request.formData(), false);
        errors.putAll(form.errors());
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid("Hồ sơ có thông tin chưa hợp lệ / some information is invalid", errors);
        }
        long id = store.insertDraft(new DossierStore.Row(0, null, procedure.id(), procedure.name(), agency.code(),
                channel, DossierStatus.DRAFT, applicantId, applicantName, applicantPhone, by.accountId(),
                form.values(), java.math.BigDecimal.valueOf(procedure.processingDays()), null, 1, clock.instant(),
                null, null, null, null, null, null, 0));
        return load(id);
    }

    @Override
    @Transactional
    public Dossier updateDraft(CurrentUser by, long id, Map<String, String> formData) {
        DossierStore.Row row = visible(by, id);
        requireApplicant(by, row, "sửa");
        if (row.status() != DossierStatus.DRAFT) {
            throw DossierProblem.illegalTransition("Chỉ sửa được hồ sơ nháp / only a draft can be edited");
        }
        FormValidator.Result form = FormValidator.check(procedure(row).formFields(), formData, false);
        if (!form.ok()) {
            throw DossierProblem.invalid("Hồ sơ có thông tin chưa hợp lệ / some information is invalid", form.errors());
        }
        store.update(with(row).formData(form.values()).build(), row.version());
        return load(id);
    }

    @Override
    @Transactional
    public Dossier attach(CurrentUser by, long id, String document, Upload upload, boolean keepInStore) {
        DossierStore.Row row = attachable(by, id, document);
        // paper handed in at the counter or by post and scanned by the office is digitised; online it is uploaded
        DossierFile.Source source = row.channel() == Channel.ONLINE ? DossierFile.Source.UPLOADED
                : DossierFile.Source.DIGITIZED;
        String mediaType = storeFile(row.id(), DossierFile.Kind.DOCUMENT, document, upload, source, null,
                by.accountId());
        if (keepInStore) {
            StoreEntry kept = results.storeDocument(by.accountId(), document, mediaType, upload.content());
            results.markReusable(by.accountId(), kept.id());
        }
        return load(id);
    }

    @Override
    @Transactional
    public Dossier attachFromStore(CurrentUser by, long id, String document, long storeDocumentId) {
        DossierStore.Row row = attachable(by, id, document);
        StoredDocument stored = results.document(by.accountId(), storeDocumentId)
                .orElseThrow(() -> DossierProblem.notFound("kho/" + storeDocumentId));
        String key = storage.store(stored.content());
        store.insertFile(new DossierStore.NewFile(row.id(), DossierFile.Kind.DOCUMENT, document,
                stored.entry().name(), stored.entry().mediaType(), stored.content().length, sha256(stored.content()),
                key, DossierFile.Source.FROM_STORE, stored.entry().verificationId(), clock.instant(), by.accountId()));
        return load(id);
    }

    private DossierStore.Row attachable(CurrentUser by, long id, String document) {
        DossierStore.Row row = visible(by, id);
        requireApplicant(by, row, "đính kèm tệp vào");
        if (row.status() != DossierStatus.DRAFT && row.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw DossierProblem.illegalTransition("Chỉ đính kèm được khi hồ sơ là nháp hoặc đang bổ sung / files can "
                    + "only be added to a draft or a supplement");
        }
        boolean known = procedure(row).documents().stream().anyMatch(d -> d.name().equals(document));
        if (!known) {
            throw DossierProblem.invalid("Giấy tờ không có trong thành phần hồ sơ / unknown document",
                    Map.of("document", "Hãy chọn một giấy tờ trong thành phần hồ sơ / choose a required document"));
        }
        return row;
    }

    @Override
    @Transactional
    public Dossier submit(CurrentUser by, long id) {
        DossierStore.Row row = visibleForUpdate(by, id);
        Procedure procedure = procedure(row);
        FormValidator.Result form = FormValidator.check(procedure.formFields(), row.formData(), true);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        if (row.channel() == Channel.ONLINE && row.status() == DossierStatus.DRAFT) {
            List<String> attached = store.files(id).stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                    .map(DossierFile::document).toList();
            List<String> missing = procedure.documents().stream().filter(Procedure.RequiredDocument::required)
                    .map(Procedure.RequiredDocument::name).filter(name -> !attached.contains(name)).toList();
            if (!missing.isEmpty()) {
                errors.put("documents", "Còn thiếu: " + String.join("; ", missing) + " / missing documents");
            }
        }
        Transition transition = transition(by, row, DossierAction.SUBMIT);
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid("Hồ sơ chưa đủ để nộp / the dossier is not complete", errors);
        }
        Instant now = clock.instant();
        long fee = fees.quote(row.procedureId(), row.agencyCode(), null).amountDueVnd();
        DossierStore.Row after = with(row).code(codes.next(row.agencyCode(), now)).status(transition.to())
                .submittedAt(now).feeDueVnd(fee).build();
        return record(by, row, after, DossierAction.SUBMIT, null, row.version());
    }

    // ---------------------------------------------------------------------------------------------------- actions

    @Override
    @Transactional
    public Dossier act(CurrentUser by, long id, ActionRequest request) {
        DossierStore.Row row = visibleForUpdate(by, id);
        if (request.action() == DossierAction.SUBMIT) {
            return submit(by, id);
        }
        if (request.version() != null && request.version() != row.version()) {
            throw DossierProblem.concurrentChange();
        }
        Transition transition = transition(by, row, request.action());
        List<Dossier.Step> steps = store.steps(id);
        Instant now = clock.instant();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        List<String> items = request.missing() == null ? List.of()
                : request.missing().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        DossierStore.Row.Builder after = with(row).status(transition.to());
        switch (request.action()) {
            case RECEIVE -> {
                WorkingDays days = WorkingDays.of(row.processingDays());
                Instant due = calendar.deadline(now, days);
                after.receivedAt(now).dueAt(due);
                store.replaceSteps(id, plan(row, now, List.of(), List.of()));
                if (transition.to() == DossierStatus.PAYMENT_REQUIRED) {
                    store.startPause(id, now); // time waiting for the fee does not count
                }
            }
            case REQUEST_SUPPLEMENT -> {
                requireStepRole(by, row, steps);
                if (items.isEmpty()) {
                    throw DossierProblem.invalid("Liệt kê mọi giấy tờ, thông tin cần bổ sung / list what is missing",
                            Map.of("missing", "Nhập ít nhất một nội dung cần bổ sung / list at least one item"));
                }
                if (row.receivedAt() != null) {
                    store.startPause(id, now);
                }
                note = String.join("; ", items) + (note == null ? "" : " — " + note);
            }
            case RESUBMIT -> {
                if (row.receivedAt() != null) {
                    endPause(row, steps, now, after);
                }
            }
            case REFUSE -> {
                if (items.isEmpty() && note == null) {
                    throw DossierProblem.invalid("Nêu rõ lý do từ chối / give the reasons",
                            Map.of("missing", "Nhập lý do từ chối / reasons required"));
                }
                if (!items.isEmpty()) {
                    note = String.join("; ", items) + (note == null ? "" : " — " + note);
                }
                after.finishedAt(now);
            }
            case FORWARD -> {
                requireStepRole(by, row, steps);
                if (row.currentStep() + 1 >= steps.size()) {
                    throw DossierProblem.illegalTransition("Đây là bước xử lý cuối: hãy dùng \"Hoàn thành xử lý\" / "
                            + "last processing step: complete the dossier instead");
                }
                markDone(id, steps, row.currentStep(), now);
                after.currentStep(row.currentStep() + 1);
            }
            case RETURN -> {
                requireStepRole(by, row, steps);
                if (row.currentStep() <= 2) {
                    throw DossierProblem.illegalTransition("Không có bước xử lý trước để trả lại / no earlier "
                            + "processing step");
                }
                reopen(id, steps, row.currentStep() - 1);
                after.currentStep(row.currentStep() - 1);
            }
            case COMPLETE -> {
                requireStepRole(by, row, steps);
                if (row.currentStep() + 1 != steps.size()) {
                    throw DossierProblem.illegalTransition("Hồ sơ chưa qua đủ các bước xử lý / the dossier has not "
                            + "been through every processing step");
                }
                markDone(id, steps, row.currentStep(), now);
                after.currentStep(steps.size()).finishedAt(now);
            }
            case DELIVER -> {
                requireStepRole(by, row, steps);
                markDone(id, steps, row.currentStep(), now);
                after.deliveredAt(now);
            }
            case STOP -> {
                if (note == null) {
                    throw DossierProblem.invalid("Nêu lý do dừng xử lý / give the reason",
                            Map.of("note", "Nhập lý do / reason required"));
                }
                after.finishedAt(now);
            }
            case WITHDRAW -> {
                store.endPause(id, now);
                after.finishedAt(now);
            }
            case APOLOGIZE -> {
                apologyCheck(row, request, now, note);
                after.dueAt(request.newDueAt()).apologizedAt(now);
                store.replaceSteps(id, rescheduled(steps, row.dueAt(), request.newDueAt()));
            }
            default -> throw DossierProblem.illegalTransition("Thao tác không hỗ trợ / unsupported action");
        }
        if (request.action() == DossierAction.COMPLETE) {
            issueResult(row, by, request.result(), now);
        }
        Dossier result = record(by, row, after.build(), request.action(), note, row.version());
        issueLetter(result, request.action(), by, items, note, row.dueAt(), now);
        return load(id);
    }

    /**
     * Ends the pause the dossier was in (a supplement or the fee awaited): the waiting time moves the promised date
     * and the step dues, also a date already moved by an apology.
     */
    private void endPause(DossierStore.Row row, List<Dossier.Step> steps, Instant now, DossierStore.Row.Builder after) {
        long id = row.id();
        WorkingDays days = WorkingDays.of(row.processingDays());
        Instant legalBefore = calendar.deadline(row.receivedAt(), days,
                store.pauses(id).stream().filter(p -> !p.isOngoing()).toList());
        store.endPause(id, now);
        Instant legalAfter = calendar.deadline(row.receivedAt(), days, store.pauses(id));
        java.time.Duration waited = java.time.Duration.between(legalBefore, legalAfter);
        after.dueAt(row.dueAt().plus(waited));
        List<Dossier.Step> replanned = plan(row, row.receivedAt(), store.pauses(id), steps);
        store.replaceSteps(id, row.apologizedAt() == null ? replanned
                : rescheduled(replanned, legalAfter, row.dueAt().plus(waited)));
    }

    @Override
    @Transactional
    public Optional<Dossier> confirmPayment(long dossierId, String note) {
        DossierStore.Row row = store.rowForUpdate(dossierId).orElse(null);
        if (row == null || row.status() != DossierStatus.PAYMENT_REQUIRED || !payments.isPaid(dossierId)) {
            return Optional.empty(); // paid before reception, or already moved on: nothing to do
        }
        Transition transition = DossierTransitions.find(row.status(), DossierAction.PAY, Party.SYSTEM,
                facts(row)).orElseThrow();
        Instant now = clock.instant();
        DossierStore.Row.Builder after = with(row).status(transition.to());
        endPause(row, store.steps(dossierId), now, after);
        return Optional.of(record(PAYMENT_SYSTEM, row, after.build(), DossierAction.PAY, note, row.version()));
    }

    @Override
    @Transactional
    public PaymentStarted startPayment(CurrentUser by, long id, String idempotencyKey, String clientIp) {
        DossierStore.Row row = visible(by, id);
        requireApplicant(by, row, "thanh toán cho");
        if (row.status() != DossierStatus.SUBMITTED && row.status() != DossierStatus.PAYMENT_REQUIRED) {
            throw DossierProblem.illegalTransition("Chỉ thanh toán khi hồ sơ đã nộp và chưa xử lý xong / pay after "
                    + "submitting, before processing ends");
        }
        if (row.feeDueVnd() == null || row.feeDueVnd() <= 0) {
            throw DossierProblem.illegalTransition("Hồ sơ này không phải nộp phí, lệ phí / no fee is due");
        }
        return payments.start(idempotencyKey, id, by.accountId(), row.agencyCode(), row.feeDueVnd(),
                "Nop phi, le phi ho so " + row.code(), clientIp);
    }

    private void apologyCheck(DossierStore.Row row, ActionRequest request, Instant now, String reason) {
        if (row.apologizedAt() != null) {
            throw DossierProblem.illegalTransition("Đã gửi phiếu xin lỗi và hẹn lại cho hồ sơ này (chỉ một lần) / "
                    + "an apology was already sent");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason == null) {
            errors.put("note", "Nêu lý do chậm / give the reason for the delay");
        }
        if (request.newDueAt() == null || row.dueAt() == null || !request.newDueAt().isAfter(row.dueAt())) {
            errors.put("newDueAt", "Ngày hẹn mới phải sau ngày hẹn cũ / the new date must be after the old one");
        }
        if (!errors.isEmpty()) {
            throw DossierProblem.invalid("Phiếu xin lỗi chưa đủ thông tin / the apology is incomplete", errors);
        }
        if (!aboutToBeLate(row, now)) {
            throw DossierProblem.illegalTransition("Hồ sơ chưa đến hạn để xin lỗi và hẹn lại (chỉ khi sắp quá hạn) / "
                    + "an apology is only for a dossier about to be late");
        }
    }

    private void issueLetter(Dossier dossier, DossierAction action, CurrentUser by, List<String> items, String note,
            Instant previousDue, Instant now) {
        Agency agency = agencies.find(dossier.agencyCode()).orElseThrow();
        switch (action) {
            case RECEIVE -> storeGenerated(dossier.id(), DossierFile.Kind.RECEIPT, "giay-tiep-nhan",
                    letters.receipt(dossier, agency, by), by.accountId());
            case REQUEST_SUPPLEMENT -> storeGenerated(dossier.id(), DossierFile.Kind.SUPPLEMENT_REQUEST,
                    "phieu-yeu-cau-bo-sung", letters.supplementRequest(dossier, agency, by, items, now), by.accountId());
            case REFUSE -> storeGenerated(dossier.id(), DossierFile.Kind.REFUSAL, "phieu-tu-choi",
                    letters.refusal(dossier, agency, by, items.isEmpty() ? List.of(note) : items, now), by.accountId());
            case APOLOGIZE -> storeGenerated(dossier.id(), DossierFile.Kind.APOLOGY, "phieu-xin-loi",
                    letters.apology(dossier, agency, by, previousDue, note, now), by.accountId());
            default -> {
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Override
    public Optional<Dossier> find(CurrentUser by, long id) {
        return store.row(id).filter(row -> canSee(by, row)).map(row -> load(row.id()));
    }

    @Override
    public List<Dossier> mine(CurrentUser by) {
        return store.ofAccount(by.accountId()).stream().map(row -> load(row.id())).toList();
    }

    @Override
    public List<DossierQueueItem> queue(CurrentUser officer) {
        if (!officer.isOfficer() || officer.agencyCode() == null) {
            return List.of();
        }
        List<Integer> waiting = List.of(DossierStatus.SUBMITTED.code(), DossierStatus.RECEIVED.code(),
                DossierStatus.PROCESSING.code(), DossierStatus.DONE.code());
        Instant now = clock.instant();
        List<DossierQueueItem> items = new ArrayList<>();
        for (DossierStore.Row row : store.ofAgency(officer.agencyCode(), waiting)) {
            List<Dossier.Step> steps = store.steps(row.id());
            Dossier.Step step = steps.stream().filter(s -> s.position() == row.currentStep()).findFirst().orElse(null);
            String role = step != null ? step.role() : Role.RECEIVER.name();
            if (!officer.hasRole(Role.valueOf(role))) {
                continue;
            }
            DeadlineStatus.State state = row.receivedAt() == null ? null
                    : deadline(row, now).state();
            items.add(new DossierQueueItem(row.id(), row.code(), row.procedureName(), row.applicantName(),
                    row.status(), step == null ? "Tiếp nhận hồ sơ" : step.name(), role, row.submittedAt(),
                    row.dueAt(), step == null ? null : step.dueAt(), state, row.apologizedAt() != null));
        }
        items.sort(Comparator.comparing((DossierQueueItem i) -> i.dueAt() == null ? i.submittedAt() : i.dueAt(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DossierQueueItem::id));
        return items;
    }

    @Override
    public Optional<LookupResult> lookup(String code, String phoneLast4) {
        if (code == null || phoneLast4 == null || !phoneLast4.matches("\\d{4}")) {
            return Optional.empty();
        }
        return store.rowByCode(code.strip())
                .filter(row -> row.applicantPhone() != null && row.applicantPhone().endsWith(phoneLast4))
                .map(row -> new LookupResult(row.code(), row.procedureName(), row.status(), row.dueAt()));
    }

    @Override
    public FileContent file(CurrentUser by, long dossierId, long fileId) {
        Dossier dossier = find(by, dossierId).orElseThrow(() -> DossierProblem.notFound(dossierId));
        DossierFile file = dossier.files().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> DossierProblem.notFound(dossierId + "/" + fileId));
        String key = store.storageKey(dossierId, fileId).orElseThrow();
        return new FileContent(file, storage.open(key));
    }

    @Override
    public Optional<FileContent> result(CurrentUser by, long dossierId) {
        Dossier dossier = find(by, dossierId).orElseThrow(() -> DossierProblem.notFound(dossierId));
        return dossier.files().stream().filter(f -> f.kind() == DossierFile.Kind.RESULT)
                .reduce((first, second) -> second)
                .map(f -> new FileContent(f, storage.open(store.storageKey(dossierId, f.id()).orElseThrow())));
    }

    @Override
    public List<DossierAction> actionsFor(CurrentUser by, Dossier dossier) {
        DossierStore.Row row = store.row(dossier.id()).orElseThrow();
        Set<Party> parties = parties(by, row);
        List<DossierAction> possible = DossierTransitions.actionsFor(row.status(), parties);
        Dossier.Step step = dossier.step();
        boolean atStepOfMine = step != null && by.hasRole(Role.valueOf(step.role()));
        int steps = dossier.steps().size();
        return possible.stream().filter(action -> switch (action) {
            case FORWARD -> atStepOfMine && dossier.currentStep() + 1 < steps;
            case COMPLETE -> atStepOfMine && dossier.currentStep() + 1 == steps;
            case RETURN -> atStepOfMine && dossier.currentStep() > 2;
            case DELIVER -> atStepOfMine;
            case REQUEST_SUPPLEMENT -> row.status() == DossierStatus.SUBMITTED || atStepOfMine;
            case APOLOGIZE -> row.apologizedAt() == null && aboutToBeLate(row, clock.instant());
            default -> true;
        }).toList();
    }

    /**
     * Whether the officer should send the apology letter now: at most one working day is left (or the date has
     * passed) and at least half of the legal time has gone, so a one-day procedure is not "late" the moment it is
     * received.
     */
    private boolean aboutToBeLate(DossierStore.Row row, Instant now) {
        if (row.receivedAt() == null || row.dueAt() == null) {
            return false;
        }
        List<vn.opendvc.calendar.Pause> pauses = store.pauses(row.id());
        if (!now.isBefore(row.dueAt())) {
            return true;
        }
        java.time.Duration left = calendar.workingTime(now, row.dueAt(), pauses);
        java.time.Duration gone = calendar.workingTime(row.receivedAt(), now, pauses);
        java.time.Duration day = calendar.workingDayLength();
        return left.compareTo(day) <= 0 && gone.compareTo(left) >= 0;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private DeadlineStatus deadline(DossierStore.Row row, Instant at) {
        return calendar.status(row.receivedAt(), WorkingDays.of(row.processingDays()), store.pauses(row.id()), at);
    }

    private Dossier record(CurrentUser by, DossierStore.Row before, DossierStore.Row after, DossierAction action,
            String note, int version) {
        store.update(after, version);
        Instant now = clock.instant();
        store.history(before.id(), now, before.status(), after.status(), action, by.accountId(), by.displayName(), note);
        List<DossierFile> documents = store.files(after.id()).stream()
                .filter(f -> f.kind() == DossierFile.Kind.DOCUMENT).toList();
        boolean digitized = after.channel() == Channel.ONLINE
                || documents.stream().anyMatch(f -> f.source() == DossierFile.Source.DIGITIZED);
        boolean reused = documents.stream().anyMatch(f -> f.source() == DossierFile.Source.FROM_STORE);
        events.publishEvent(new DossierStatusChanged(after.id(), after.code(), after.procedureId(), after.agencyCode(),
                after.channel(), before.status(), after.status(), action, by.accountId(), now, after.dueAt(),
                digitized, reused));
        return load(after.id());
    }

    private DossierTransitions.Facts facts(DossierStore.Row row) {
        boolean feeUnpaid = row.feeDueVnd() != null && row.feeDueVnd() > 0 && !payments.isPaid(row.id());
        return new DossierTransitions.Facts(row.receivedAt() != null, feeUnpaid);
    }

    private Transition transition(CurrentUser by, DossierStore.Row row, DossierAction action) {
        DossierTransitions.Facts facts = facts(row);
        return parties(by, row).stream()
                .map(party -> DossierTransitions.find(row.status(), action, party, facts))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> DossierProblem.illegalTransition("Không thể \"" + action.vietnamese()
                        + "\" khi hồ sơ ở trạng thái \"" + row.status().vietnamese() + "\" / action "
                        + action.slug() + " is not allowed in status " + row.status().code()));
    }

    private Set<Party> parties(CurrentUser by, DossierStore.Row row) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (isApplicant(by, row)) {
            parties.add(Party.APPLICANT);
        }
        if (by.worksAt(row.agencyCode())) {
            for (Party officer : List.of(Party.RECEIVER, Party.SPECIALIST, Party.LEADER)) {
                if (by.hasRole(Role.valueOf(officer.name()))) {
                    parties.add(officer);
                }
            }
        }
        return parties;
    }

    private static boolean isApplicant(CurrentUser by, DossierStore.Row row) {
        return (row.applicantId() != null && row.applicantId() == by.accountId()) || row.createdBy() == by.accountId();
    }

    private static boolean canSee(CurrentUser by, DossierStore.Row row) {
        return isApplicant(by, row) || (by.worksAt(row.agencyCode()) && row.status() != DossierStatus.DRAFT);
    }

    /** A dossier {@code by} may not see is "not found", so its existence is not revealed. */
    private DossierStore.Row visible(CurrentUser by, long id) {
        return store.row(id).filter(row -> canSee(by, row)).orElseThrow(() -> DossierProblem.notFound(id));
    }

    /** {@link #visible}, with the row locked for the rest of the transaction before anything is written. */
    private DossierStore.Row visibleForUpdate(CurrentUser by, long id) {
        return store.rowForUpdate(id).filter(row -> canSee(by, row)).orElseThrow(() -> DossierProblem.notFound(id));
    }

    private static void requireApplicant(CurrentUser by, DossierStore.Row row, String what) {
        if (!isApplicant(by, row)) {
            throw DossierProblem.illegalTransition("Chỉ người nộp mới " + what + " hồ sơ / only the applicant may");
        }
    }

    private static void requireStepRole(CurrentUser by, DossierStore.Row row, List<Dossier.Step> steps) {
        if (row.status() == DossierStatus.SUBMITTED) {
            return;
        }
        Dossier.Step step = steps.stream().filter(s -> s.position() == row.currentStep()).findFirst().orElse(null);
        if (step == null || !by.hasRole(Role.valueOf(step.role()))) {
            throw DossierProblem.illegalTransition("Hồ sơ đang ở bước \"" + (step == null ? "?" : step.name())
                    + "\" do vai trò " + (step == null ? "?" : step.role()) + " thực hiện / the dossier is at a step of "
                    + "another role");
        }
    }

    /**
     * The dossier's steps with their due times: the procedure's steps at reception, afterwards the dossier's own
     * (so that a later change of the procedure's steps does not move a dossier already in processing).
     */
    private List<Dossier.Step> plan(DossierStore.Row row, Instant received, List<vn.opendvc.calendar.Pause> pauses,
            List<Dossier.Step> existing) {
        List<ProcessingStep> planned = existing.isEmpty() ? processingSteps.of(row.procedureId())
                : existing.stream().map(s -> new ProcessingStep(s.position(), s.name(), Role.valueOf(s.role()),
                        s.sharePercent())).toList();
        List<StepDue> dues = schedule.schedule(received, WorkingDays.of(row.processingDays()), planned, pauses);
        List<Dossier.Step> steps = new ArrayList<>();
        for (StepDue due : dues) {
            Instant doneAt = existing.stream().filter(s -> s.position() == due.step().position()).findFirst()
                    .map(Dossier.Step::doneAt).orElse(null);
            steps.add(new Dossier.Step(due.step().position(), due.step().name(), due.step().role().name(),
                    due.step().sharePercent(), due.due(), doneAt));
        }
        return steps;
    }

    /** After an apology, the steps still open share the time up to the new date in the same proportions. */
    private static List<Dossier.Step> rescheduled(List<Dossier.Step> steps, Instant oldDue, Instant newDue) {
        java.time.Duration shift = java.time.Duration.between(oldDue, newDue);
        return steps.stream().map(s -> s.doneAt() != null || s.dueAt() == null ? s
                : new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt().plus(shift), null))
                .toList();
    }

    private void markDone(long id, List<Dossier.Step> steps, int position, Instant at) {
        store.replaceSteps(id, steps.stream().map(s -> s.position() == position
                ? new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt(), at) : s).toList());
    }

    private void reopen(long id, List<Dossier.Step> steps, int position) {
        store.replaceSteps(id, steps.stream().map(s -> s.position() >= position
                ? new Dossier.Step(s.position(), s.name(), s.role(), s.sharePercent(), s.dueAt(), null) : s).toList());
    }

    /**
     * The electronic result: signed by the agency (module result), or the officer's upload of a result already
     * signed, kept byte for byte. It also lands in the holder's document store.
     */
    private void issueResult(DossierStore.Row row, CurrentUser officer, Upload upload, Instant now) {
        Agency agency = agency(row);
        Procedure procedure = procedure(row);
        String resultType = procedure.resultType() == null ? "Kết quả giải quyết thủ tục hành chính"
                : procedure.resultType();
        String holderId = row.applicantId() == null ? null
                : accounts.find(row.applicantId()).map(CurrentUser::identityNumber).orElse(null);
        IssuedResult issued;
        try {
            if (upload == null) {
                List<DeclaredField> fields = procedure.formFields().stream()
                        .filter(f -> row.formData().containsKey(f.key()))
                        .map(f -> new DeclaredField(f.label(), row.formData().get(f.key()))).toList();
                issued = results.issue(new ResultRequest(row.id(), row.code(), row.procedureName(), resultType,
                        agency.code(), agency.name(), row.applicantId(), row.applicantName(), holderId, fields, now,
                        officer.displayName()));
            } else {
                uploads.inspect(upload.content());
                issued = results.store(new SignedResultUpload(row.id(), row.code(), row.procedureName(), resultType,
                        agency.code(), agency.name(), row.applicantId(), row.applicantName(), holderId, now,
                        safeName(upload.fileName()), upload.content()));
            }
        } catch (ResultRejected e) {
            throw DossierProblem.invalid(e.getMessage(), Map.of("result", e.getMessage()));
        }
        byte[] pdf = results.content(issued.verificationId());
        store.insertFile(new DossierStore.NewFile(row.id(), DossierFile.Kind.RESULT, resultType, issued.fileName(),
                "application/pdf", pdf.length, issued.sha256(), storage.store(pdf), DossierFile.Source.ISSUED,
                issued.verificationId(), now, officer.accountId()));
    }

    private String storeFile(long dossierId, DossierFile.Kind kind, String document, Upload upload,
            DossierFile.Source source, String verificationId, long by) {
        String mediaType = uploads.inspect(upload.content());
        String key = storage.store(upload.content());
        store.insertFile(new DossierStore.NewFile(dossierId, kind, document, safeName(upload.fileName()), mediaType,
                upload.content().length, sha256(upload.content()), key, source, verificationId, clock.instant(), by));
        return mediaType;
    }

    private void storeGenerated(long dossierId, DossierFile.Kind kind, String baseName, byte[] pdf, long by) {
        store.insertFile(new DossierStore.NewFile(dossierId, kind, null, baseName + ".pdf", "application/pdf",
                pdf.length, sha256(pdf), storage.store(pdf), DossierFile.Source.ISSUED, null, clock.instant(), by));
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "tep";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Procedure procedure(DossierStore.Row row) {
        return catalog.find(row.procedureId()).orElseThrow();
    }

    private Agency agency(DossierStore.Row row) {
        return agencies.find(row.agencyCode()).orElseThrow();
    }

    private Dossier load(long id) {
        DossierStore.Row r = store.row(id).orElseThrow(() -> DossierProblem.notFound(id));
        return new Dossier(r.id(), r.code(), r.procedureId(), r.procedureName(), r.agencyCode(), r.channel(),
                r.status(), r.applicantId() == null ? 0 : r.applicantId(), r.applicantName(), r.applicantPhone(),
                r.formData(), r.processingDays(), r.feeDueVnd(), r.code() != null && payments.isPaid(r.id()),
                r.createdAt(), r.submittedAt(), r.receivedAt(), r.dueAt(),
                r.finishedAt(), r.deliveredAt(), r.apologizedAt() != null, r.currentStep(), r.version(),
                store.steps(id), store.files(id), store.history(id));
    }

    private static DossierStore.Row.Builder with(DossierStore.Row row) {
        return new DossierStore.Row.Builder(row);
    }
}
