import { InitialSchema1764150000000 } from "./1764150000000-initial-schema.js";
import { AuditAppendOnly1764160000000 } from "./1764160000000-audit-append-only.js";
import { BoardIndexes1764170000000 } from "./1764170000000-board-indexes.js";
import { UserContactDetails1764620000000 } from "./1764620000000-user-contact-details.js";
import { PasswordReset1764630000000 } from "./1764630000000-password-reset.js";
import { AuditFilterIndexes1764700000000 } from "./1764700000000-audit-filter-indexes.js";
import { WorkplacesAndTraining1764710000000 } from "./1764710000000-workplaces-and-training.js";
import { ParticipantMatchingAndRetention1764720000000 } from "./1764720000000-participant-matching-and-retention.js";
import { ParticipantWay1764800000000 } from "./1764800000000-participant-way.js";
import { Notifications1764790000000 } from "./1764790000000-notifications.js";

/** Applied in order on start-up; append, never edit. */
export const postgresMigrations = [
  InitialSchema1764150000000,
  AuditAppendOnly1764160000000,
  BoardIndexes1764170000000,
  UserContactDetails1764620000000,
  PasswordReset1764630000000,
  AuditFilterIndexes1764700000000,
  WorkplacesAndTraining1764710000000,
  ParticipantMatchingAndRetention1764720000000,
  Notifications1764790000000,
  ParticipantWay1764800000000,
];
