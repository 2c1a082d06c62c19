import { randomBytes } from "node:crypto";
import type { Actor } from "../../server/common/viewer.js";
import { swedishToday } from "../../server/modules/claim/claim-period.js";
import { Claim } from "../../server/modules/claim/claim.entity.js";
import { addMonths } from "../../server/modules/placement/kind-rules.js";
import { Placement } from "../../server/modules/placement/placement.entity.js";
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
 *
 * A period that has already ended cannot be posted or claimed (an end date in the past is refused,
 * and ended placements leave the board), so history is made the way it happens: the placement is
 * posted and claimed whole years later than asked, so its end is still ahead (whole years, so the kind
 * rules see the same months: a feriejobb stays in its summer), taken through the services to
 * `status`, and then the placement's and the claim's dates are moved back to the period asked for in
 * one transaction of the store.
 */
export async function claimIn(server: TestServer, setup: ClaimSetup) {
  const today = swedishToday();
  let years = 0;
  while (addMonths(setup.end, 12 * years) < today) years++;
  const shift = (date: string) => addMonths(date, 12 * years);
  const start = shift(setup.start);
  const end = shift(setup.end);
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
    startDate: start,
    endDate: end,
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
    requestedStart: start,
    requestedEnd: end,
  } as never);
  if (setup.status !== "HELD") await services.claims.confirm(owner, claim.id);
  if (["ACTIVE", "COMPLETED", "ENDED_EARLY"].includes(setup.status)) await services.claims.start(owner, claim.id);
  if (setup.status === "COMPLETED") await services.claims.complete(claimant, claim.id);
  if (setup.status === "ENDED_EARLY") await services.claims.endEarly(claimant, claim.id, "Avbrott i testet");
  if (years > 0) {
    await server.store.transact(async (manager) => {
      await manager.update(Placement, { id: placement.id }, { startDate: setup.start, endDate: setup.end });
      await manager.update(Claim, { id: claim.id }, { requestedStart: setup.start, requestedEnd: setup.end });
    });
    Object.assign(placement, { startDate: setup.start, endDate: setup.end });
    Object.assign(claim, { requestedStart: setup.start, requestedEnd: setup.end });
  }
  return { placement, claim, participant, owner, claimant, workplace };
}
