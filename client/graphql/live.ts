import { graphql } from "./generated";

/** Every change to a placement the viewer may see; the answer lands in the normalised cache, so every card, row and page follows. */
export const PlacementUpdatedDocument = graphql(`
  subscription PlacementUpdated {
    placementUpdated {
      ...PlacementSummary
      allowedActions
      description
      seatHoldings {
        seats
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** A placement's seats and holdings as the cache knows them, read before a live update overwrites them. */
export const PlacementSeatsFragment = graphql(`
  fragment PlacementSeats on Placement {
    id
    title
    freeSeats
    municipality {
      code
      name
    }
    seatHoldings {
      seats
      organisation {
        id
        name
      }
    }
  }
`);

/** The same without holdings, for pages that do not show them (then who took the seat is not named). */
export const PlacementFreeSeatsFragment = graphql(`
  fragment PlacementFreeSeats on Placement {
    id
    title
    freeSeats
    municipality {
      code
      name
    }
  }
`);

export const NotificationReceivedDocument = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
    }
  }
`);

/** Which of these placements the board shows under this filter now: the server decides whether a changed card still belongs. */
export const PlacementsMatchingDocument = graphql(`
  query PlacementsMatching($filter: BoardFilter, $ids: [ID!]!) {
    placementsMatching(filter: $filter, ids: $ids)
  }
`);
