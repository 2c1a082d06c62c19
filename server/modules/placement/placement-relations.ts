import type { EntityManager } from "typeorm";
import { ClaimStatus, LIVE_STATUSES } from "../claim/claim-status.js";
import { Claim } from "../claim/claim.entity.js";
import { Organisation } from "../organisation/organisation.entity.js";
import { Municipality } from "../reference/municipality.entity.js";
import { Workplace } from "../workplace/workplace.entity.js";
import { Placement } from "./placement.entity.js";

/** Seats that live claims of one organisation hold on one placement: what every viewer may see. */
export interface SeatHolding {
  placementId: string;
  organisation: Organisation;
  /** Seats of live claims: HELD, CONFIRMED and ACTIVE. */
  seats: number;
  /** Of those, the seats still HELD, waiting for the owner's answer. */
  heldSeats: number;
}

/** What a board page shows around its placements, keyed for priming the request's loaders. */
export interface PlacementRelations {
  organisations: Organisation[];
  workplaces: Workplace[];
  municipalities: Municipality[];
  /** Per placement id, holders in organisation id order; [] when no seat is held. */
  seatHoldings: Map<string, SeatHolding[]>;
}

type Joined = Placement & { owner: Organisation; workplaceRow: Workplace; municipalityRow: Municipality; holders: Organisation[] };

/**
 * The relations of a set of placements in ONE statement: each placement's organisation, workplace
 * and the workplace's municipality, and the seats live claims hold on it per organisation, with
 * that organisation. A board page costs this one statement, whatever its size.
 */
export async function readPlacementRelations(reads: EntityManager, placementIds: string[]): Promise<PlacementRelations> {
  const relations: PlacementRelations = { organisations: [], workplaces: [], municipalities: [], seatHoldings: new Map() };
  if (!placementIds.length) return relations;
  const { entities, raw } = await reads
    .createQueryBuilder(Placement, "placement")
    .select("placement.id")
    .innerJoinAndMapOne("placement.owner", Organisation, "owner", "owner.id = placement.organisationId")
    .innerJoinAndMapOne("placement.workplaceRow", Workplace, "workplace", "workplace.id = placement.workplaceId")
    .innerJoinAndMapOne("placement.municipalityRow", Municipality, "municipality", "municipality.code = workplace.municipalityCode")
    .leftJoin(
      (holdings) =>
        holdings
          .select("claim.placementId", "placementId")
          .addSelect("claim.organisationId", "organisationId")
          .addSelect("SUM(claim.seats)", "seats")
          .addSelect(`SUM(CASE WHEN claim.status = :heldStatus THEN claim.seats ELSE 0 END)`, "heldSeats")
          .from(Claim, "claim")
          .where("claim.placementId IN (:...holdingPlacementIds)", { holdingPlacementIds: placementIds })
          .andWhere("claim.status IN (:...liveStatuses)", { liveStatuses: LIVE_STATUSES, heldStatus: ClaimStatus.HELD })
          .groupBy("claim.placementId")
          .addGroupBy("claim.organisationId"),
      "holding",
      `"holding"."placementId" = "placement"."id"`,
    )
    .leftJoinAndMapMany("placement.holders", Organisation, "holder", `"holder"."id" = "holding"."organisationId"`)
    .addSelect(`"holding"."organisationId"`, "holdingOrganisationId")
    .addSelect(`"holding"."seats"`, "holdingSeats")
    .addSelect(`"holding"."heldSeats"`, "holdingHeldSeats")
    .where("placement.id IN (:...placementIds)", { placementIds })
    .getRawAndEntities<{
      placement_id: string;
      holdingOrganisationId: string | null;
      holdingSeats: number | string | null;
      holdingHeldSeats: number | string | null;
    }>();

  const organisations = new Map<string, Organisation>();
  for (const placement of entities as Joined[]) {
    organisations.set(placement.owner.id, placement.owner);
    for (const holder of placement.holders) organisations.set(holder.id, holder);
    relations.workplaces.push(placement.workplaceRow);
    relations.municipalities.push(placement.municipalityRow);
    relations.seatHoldings.set(placement.id, []);
  }
  for (const row of raw) {
    if (row.holdingOrganisationId === null) continue;
    relations.seatHoldings.get(row.placement_id)?.push({
      placementId: row.placement_id,
      organisation: organisations.get(row.holdingOrganisationId)!,
      seats: Number(row.holdingSeats),
      heldSeats: Number(row.holdingHeldSeats ?? 0),
    });
  }
  for (const holdings of relations.seatHoldings.values()) holdings.sort((a, b) => a.organisation.id.localeCompare(b.organisation.id));
  relations.organisations = [...organisations.values()];
  return relations;
}
