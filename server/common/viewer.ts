import { refusal } from "./errors.js";
import type { Role } from "../modules/user/user.entity.js";

/** Who is asking: the signed-in user, their organisation and role. Services take it first. */
export interface Viewer {
  userId: string;
  organisationId: string;
  role: Role;
}

export function requireOwnOrganisation(viewer: Viewer, organisationId: string, what: string): void {
  if (viewer.organisationId !== organisationId) throw refusal("NOT_OWN_ORGANISATION", { record: what });
}

/** A signed-in viewer and the address the request came from: what a service needs to act and to audit. */
export interface Actor {
  viewer: Viewer;
  ip: string | null;
}
