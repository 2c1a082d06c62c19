import { randomBytes } from "node:crypto";
import type { Actor } from "../../server/common/viewer.js";
import { Organisation } from "../../server/modules/organisation/organisation.entity.js";
import { User } from "../../server/modules/user/user.entity.js";
import { Workplace } from "../../server/modules/workplace/workplace.entity.js";
import type { TestServer } from "./test-server.js";

export const unique = () => randomBytes(4).toString("hex").toUpperCase();

/** The demo coordinator of an organisation as a service actor. */
export async function coordinatorOf(server: TestServer, slug: string): Promise<Actor> {
  const org = await server.store.reads.getRepository(Organisation).findOneByOrFail({ slug });
  const user = await server.store.reads.getRepository(User).findOneByOrFail({ email: `coordinator@${slug}.demo` });
  return { viewer: { userId: user.id, organisationId: org.id, role: user.role }, ip: "test" };
}

export interface ClaimSetup {
  owner: string;
  claimant: string;
  kind?: string;
  start: string;
  end: string;
  status: "HELD" | "CONFIRMED" | "ACTIVE" | "COMPLETED" | "ENDED_EARLY";
  seats?: number;
  capacity?: number;
  municipalityCode?: string;
  withParticipant?: boolean;
}

/**
 * A placement of `owner` at one of its workplaces (in the municipality asked for, when it has one)
 * and a claim by `claimant` taken through the real services to `status`.
 */
export async function claimIn(server: TestServer, setup: ClaimSetup) {
  const owner = await coordinatorOf(server, setup.owner);
  const claimant = await coordinatorOf(server, setup.claimant);
  const workplaces = await server.store.reads.getRepository(Workplace).findBy({ organisationId: owner.viewer.organisationId });
  const workplace = workplaces.find((w) => !setup.municipalityCode || w.municipalityCode === setup.municipalityCode) ?? workplaces[0];
  const services = server.services;
  const placement = await services.placements.post(owner, {
    title: `Historik ${unique()}`,
    kind: setup.kind ?? "INTERNSHIP",
    workplaceId: workplace.id,
    capacity: setup.capacity ?? Math.max(3, setup.seats ?? 1),
    startDate: setup.start,
    endDate: setup.end,
    status: "OPEN",
    visibility: "ALL_PARTNERS",
  } as never);
  const participant =
    setup.withParticipant === false
      ? null
      : await services.participants.register(claimant, { code: `HX-${unique()}`, swedishLevel: "NONE", licences: [] } as never);
  const claim = await services.claims.claimSeat(claimant, {
    placementId: placement.id,
    seats: setup.seats ?? 1,
    participantId: participant?.id ?? null,
    requestedStart: setup.start,
    requestedEnd: setup.end,
  } as never);
  if (setup.status !== "HELD") await services.claims.confirm(owner, claim.id);
  if (["ACTIVE", "COMPLETED", "ENDED_EARLY"].includes(setup.status)) await services.claims.start(owner, claim.id);
  if (setup.status === "COMPLETED") await services.claims.complete(claimant, claim.id);
  if (setup.status === "ENDED_EARLY") await services.claims.endEarly(claimant, claim.id, "Avbrott i testet");
  return { placement, claim, participant, owner, claimant, workplace };
}
