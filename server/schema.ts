import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./common/auth-checker.js";
import { AuditResolver } from "./modules/audit/audit.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { PasswordResolver } from "./modules/auth/password.resolver.js";
import { ClaimResolver } from "./modules/claim/claim.resolver.js";
import { NotificationResolver } from "./modules/notification/notification.resolver.js";
import { FeedbackResolver, PlacementFeedbackFieldsResolver } from "./modules/feedback/feedback.resolver.js";
import {
  ChecklistTemplateResolver,
  ChecklistTemplateVersionResolver,
  ClaimValidationFieldsResolver,
  PlacementChecklistFieldsResolver,
  PlacementChecklistResolver,
  ValidationResolver,
} from "./modules/validation/validation.resolver.js";
import { OrganisationResolver } from "./modules/organisation/organisation.resolver.js";
import { ParticipantResolver } from "./modules/participant/participant.resolver.js";
import { ConsentResolver } from "./modules/consent/consent.resolver.js";
import { PlacementPoolResolver } from "./modules/placement/placement-pool.resolver.js";
import { WaitingListResolver } from "./modules/waiting-list/waiting-list.resolver.js";
import { PlacementResolver } from "./modules/placement/placement.resolver.js";
import { ReferenceResolver } from "./modules/reference/reference.resolver.js";
import { ContactResolver } from "./modules/user/contact.resolver.js";
import { UserResolver } from "./modules/user/user.resolver.js";
import { SupervisorResolver, WorkplaceResolver } from "./modules/workplace/workplace.resolver.js";
import { AbsenceResolver } from "./modules/absence/absence.resolver.js";
import { CalendarResolver } from "./modules/calendar/calendar.resolver.js";
import { ClaimFollowUpResolver, FollowUpResolver } from "./modules/follow-up/follow-up.resolver.js";
import { OutcomeResolver } from "./modules/outcome/outcome.resolver.js";
import { StatisticsResolver } from "./modules/statistics/statistics.resolver.js";
import { LiveResolver, unusedPubSub } from "./live/live.resolver.js";
import { NotificationDeliveryResolver } from "./modules/notification/notification-delivery.resolver.js";

export const resolvers = [
  AuthResolver,
  PasswordResolver,
  OrganisationResolver,
  ReferenceResolver,
  UserResolver,
  ContactResolver,
  WorkplaceResolver,
  SupervisorResolver,
  PlacementResolver,
  ClaimResolver,
  ParticipantResolver,
  AuditResolver,
  ClaimFollowUpResolver,
  FollowUpResolver,
  OutcomeResolver,
  AbsenceResolver,
  StatisticsResolver,
  CalendarResolver,
  ConsentResolver,
  PlacementPoolResolver,
  WaitingListResolver,
  NotificationResolver,
  FeedbackResolver,
  PlacementFeedbackFieldsResolver,
  ChecklistTemplateResolver,
  ChecklistTemplateVersionResolver,
  PlacementChecklistFieldsResolver,
  PlacementChecklistResolver,
  ClaimValidationFieldsResolver,
  ValidationResolver,
  NotificationDeliveryResolver,
  LiveResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    pubSub: unusedPubSub,
    // Every input is checked with class-validator before a resolver runs.
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL as committed in schema/schema.graphql. */
export const printSdl = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema)) + "\n";
