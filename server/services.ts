import { defaultReminders, defaultSupervisorTrainingValidYears, type Config } from "./config.js";
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

/** The services of one running server, wired once over one store: reads from `reads`, writes through its one `transact`. */
export function createServices(
  store: Store,
  config: Pick<Config, "tokenSecret" | "tokenTtlHours" | "holdTtlMinutes"> &
    Partial<Pick<Config, "loginThrottle" | "passwordHashing" | "supervisorTrainingValidYears" | "reminders">>,
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
  const reminderService = new ReminderService(reads, transact, notifications, reminders);
  return {
    store,
    audit,
    notifications,
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
  };
}

export type Services = ReturnType<typeof createServices>;
