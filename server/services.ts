import { defaultMail, defaultReminders, defaultSupervisorTrainingValidYears, type Config } from "./config.js";
import type { Logger } from "./common/logger.js";
import { NotificationMailer } from "./modules/notification/notification-mail.service.js";
import { NotificationMailRetry } from "./modules/notification/notification-mail-retry.js";
import { NotificationPreferenceService } from "./modules/notification/notification-preference.service.js";
import { SavedSearchService } from "./modules/notification/saved-search.service.js";
import type { Store } from "./db/store.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { AuthService } from "./modules/auth/auth.service.js";
import { NotificationService } from "./modules/notification/notification.service.js";
import { FeedbackService } from "./modules/feedback/feedback.service.js";
import { ChecklistService } from "./modules/validation/checklist.service.js";
import { ValidationService } from "./modules/validation/validation.service.js";
import { ImportService } from "./modules/import/import.service.js";
import { ClaimService } from "./modules/claim/claim.service.js";
import { ReminderService } from "./modules/claim/reminders.js";
import { ConsentService } from "./modules/consent/consent.service.js";
import { WaitingListService } from "./modules/waiting-list/waiting-list.service.js";
import { seatTaker } from "./modules/claim/seat-taking.js";
import { ParticipantService } from "./modules/participant/participant.service.js";
import { PlacementService } from "./modules/placement/placement.service.js";
import { OrganisationService } from "./modules/organisation/organisation.service.js";
import { PasswordService } from "./modules/auth/password.service.js";
import { ReferenceService } from "./modules/reference/reference.service.js";
import { UserService } from "./modules/user/user.service.js";
import { TrainingRule } from "./modules/workplace/supervisor-training.js";
import { WorkplaceService } from "./modules/workplace/workplace.service.js";
import { AbsenceService } from "./modules/absence/absence.service.js";
import { CalendarService } from "./modules/calendar/calendar.service.js";
import { ExportService } from "./modules/export/export.service.js";
import { FollowUpService } from "./modules/follow-up/follow-up.service.js";
import { OutcomeService } from "./modules/outcome/outcome.service.js";
import { StatisticsService } from "./modules/statistics/statistics.service.js";

/** The services of one running server, wired once over one store: reads from `reads`, writes through its one `transact`. */
export function createServices(
  store: Store,
  config: Pick<Config, "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes"> &
    Partial<Pick<Config, "loginThrottle" | "passwordHashing" | "supervisorTrainingValidYears" | "mail" | "reminders">>,
  logger?: Logger,
) {
  const { reads, transact } = store;
  const audit = new AuditService(reads);
  const notifications = new NotificationService(reads, transact);
  const consents = new ConsentService(reads, transact, audit);
  const claims = new ClaimService(reads, transact, audit, config, seatTaker(store), consents, notifications);
  const auth = new AuthService(reads, transact, audit, config, store.preparedRead);
  const passwords = new PasswordService(reads, transact, audit, auth, config.tokenSecret);
  const training = new TrainingRule(config.supervisorTrainingValidYears ?? defaultSupervisorTrainingValidYears);
  const waitingList = new WaitingListService(reads, transact, audit, claims);
  const reminders = { ...defaultReminders, ...config.reminders };
  const placements = new PlacementService(store, audit, claims, training, waitingList, reminders);
  const workplaces = new WorkplaceService(reads, transact, audit, training);
  // What placements lead to (issue 13).
  const followUps = new FollowUpService(reads, transact, audit);
  const statistics = new StatisticsService(reads);
  const absences = new AbsenceService(reads, transact, audit);
  // Delivery of notifications: saved searches record matches after a posting commits; e-mail after a notification commits.
  const savedSearches = new SavedSearchService(reads, transact, audit, placements, notifications, logger);
  audit.onCommitted((entries) => savedSearches.committed(entries));
  const mail = { ...defaultMail, ...config.mail };
  const mailer = new NotificationMailer(reads, transact, mail, logger);
  const mailRetry = new NotificationMailRetry(reads, transact, mailer, mail, logger);
  notifications.onRecorded((rows) => mailer.recorded(rows));
  const reminderService = new ReminderService(reads, transact, notifications, reminders);
  return {
    store,
    audit,
    notifications,
    savedSearches,
    notificationPreferences: new NotificationPreferenceService(reads, transact, audit),
    mailer,
    mailRetry,
    auth,
    passwords,
    claims,
    consents,
    waitingList,
    reminders: reminderService,
    placements,
    participants: new ParticipantService(reads, transact, audit),
    workplaces,
    imports: new ImportService(reads, transact, audit, workplaces, placements),
    users: new UserService(reads, transact, audit, auth.hasher, passwords),
    organisations: new OrganisationService(reads, transact, audit),
    reference: new ReferenceService(reads),
    feedback: new FeedbackService(reads, transact, audit),
    checklists: new ChecklistService(reads, transact, audit),
    validations: new ValidationService(reads, transact, audit),
    followUps,
    outcomes: new OutcomeService(reads, transact, audit),
    absences,
    statistics,
    exports: new ExportService(reads, transact, audit, placements, statistics, absences),
    calendar: new CalendarService(reads, transact, audit, placements, followUps, config.tokenSecret),
  };
}

export type Services = ReturnType<typeof createServices>;
