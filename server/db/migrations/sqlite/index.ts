import { InitialSchema1764150000000 } from "./1764150000000-initial-schema.js";
import { AuditAppendOnly1764160000000 } from "./1764160000000-audit-append-only.js";
import { BoardIndexes1764170000000 } from "./1764170000000-board-indexes.js";
import { AuditNoReplace1764610000000 } from "./1764610000000-audit-no-replace.js";
import { UserContactDetails1764620000000 } from "./1764620000000-user-contact-details.js";
import { PasswordReset1764630000000 } from "./1764630000000-password-reset.js";
import { AuditFilterIndexes1764700000000 } from "./1764700000000-audit-filter-indexes.js";
import { WorkplacesAndTraining1764710000000 } from "./1764710000000-workplaces-and-training.js";
import { ParticipantMatchingAndRetention1764720000000 } from "./1764720000000-participant-matching-and-retention.js";
import { Notifications1764790000000 } from "./1764790000000-notifications.js";
import { ParticipantWay1764800000000 } from "./1764800000000-participant-way.js";
import { BoardCurrentIndex1764800000001 } from "./1764800000001-board-current-index.js";
import { SavedSearchesAndMail1764810000000 } from "./1764810000000-saved-searches-and-mail.js";
import { FollowUpsOutcomesAbsences1764820000000 } from "./1764820000000-follow-ups-outcomes-absences.js";
import { PlacementFeedback1764830000000 } from "./1764830000000-placement-feedback.js";
import { ValidationChecklists1764831000000 } from "./1764831000000-validation-checklists.js";
import { StartingChecklists1764832000000 } from "./1764832000000-starting-checklists.js";
import { PlacementSearch1764840000000 } from "./1764840000000-placement-search.js";
import { PlacementPostedBy1764840000001 } from "./1764840000001-placement-posted-by.js";
import { NotificationMailRetries1764872000000 } from "./1764872000000-notification-mail-retries.js";
import { OneChecklistPerTemplate1764873000000 } from "./1764873000000-one-checklist-per-template.js";

/** Applied in order on start-up; append, never edit. */
export const sqliteMigrations = [
  InitialSchema1764150000000,
  AuditAppendOnly1764160000000,
  BoardIndexes1764170000000,
  AuditNoReplace1764610000000,
  UserContactDetails1764620000000,
  PasswordReset1764630000000,
  AuditFilterIndexes1764700000000,
  WorkplacesAndTraining1764710000000,
  ParticipantMatchingAndRetention1764720000000,
  Notifications1764790000000,
  ParticipantWay1764800000000,
  BoardCurrentIndex1764800000001,
  SavedSearchesAndMail1764810000000,
  FollowUpsOutcomesAbsences1764820000000,
  PlacementFeedback1764830000000,
  ValidationChecklists1764831000000,
  StartingChecklists1764832000000,
  PlacementSearch1764840000000,
  PlacementPostedBy1764840000001,
  NotificationMailRetries1764872000000,
  OneChecklistPerTemplate1764873000000,
];
