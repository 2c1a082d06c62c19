import { graphql } from "./generated";

export const ParticipantsDocument = graphql(`
  query Participants {
    participants {
      id
      code
      minor
    }
  }
`);

/** The placement's seat counts come back with the claim so the board and page update from the cache at once. */
export const ClaimSeatDocument = graphql(`
  mutation ClaimSeat($input: ClaimSeatInput!) {
    claimSeat(input: $input) {
      ...OurClaim
      placement {
        id
        freeSeats
        allowedActions
        seatHoldings {
          seats
          organisation {
            id
            name
          }
        }
        ourClaims {
          ...OurClaim
        }
      }
    }
  }
`);

export const ClaimWithPlacementFragment = graphql(`
  fragment ClaimWithPlacement on Claim {
    id
    status
    seats
    requestedStart
    requestedEnd
    expiresAt
    reason
    updatedAt
    allowedActions
    # Issue 11: where the claim stands under its kind's renewal rules, and the chain of renewals.
    renewal {
      renewable
      capMonths
      capEnd
      latestEnd
      nearCap
    }
    renewals {
      previousEnd
      newEnd
      renewedAt
    }
    organisation {
      id
      name
    }
    placement {
      id
      title
      freeSeats
      capacity
      startDate
      endDate
      workplace {
        id
        name
      }
      municipality {
        code
        name
      }
    }
  }
`);

export const ReleaseClaimDocument = graphql(`
  mutation ReleaseClaim($id: ID!) {
    releaseClaim(id: $id) {
      ...ClaimWithPlacement
    }
  }
`);

export const ConfirmClaimDocument = graphql(`
  mutation ConfirmClaim($id: ID!) {
    confirmClaim(id: $id) {
      ...ClaimWithPlacement
    }
  }
`);

export const DeclineClaimDocument = graphql(`
  mutation DeclineClaim($id: ID!, $reason: String, $category: DeclineCategory) {
    declineClaim(id: $id, reason: $reason, category: $category) {
      ...ClaimWithPlacement
    }
  }
`);

export const StartClaimDocument = graphql(`
  mutation StartClaim($id: ID!) {
    startClaim(id: $id) {
      ...ClaimWithPlacement
    }
  }
`);

export const CompleteClaimDocument = graphql(`
  mutation CompleteClaim($id: ID!) {
    completeClaim(id: $id) {
      ...ClaimWithPlacement
    }
  }
`);

export const EndClaimEarlyDocument = graphql(`
  mutation EndClaimEarly($id: ID!, $reason: String!) {
    endClaimEarly(id: $id, reason: $reason) {
      ...ClaimWithPlacement
    }
  }
`);

export const MyOrganisationDocument = graphql(`
  query MyOrganisation {
    myClaims {
      ...ClaimWithPlacement
      participant {
        id
        code
      }
    }
    claimsOnOurPlacements(statuses: [CONFIRMED, ACTIVE]) {
      ...ClaimWithPlacement
    }
    claimsAwaitingDecision {
      ...ClaimWithPlacement
      claimedBy {
        name
        email
        phone
      }
      participantSharing
      participant {
        id
        code
        swedishLevel
        licences
      }
      unmetRequirements
      overrideReason
    }
    board(filter: { ownOnly: true, statuses: [OPEN, PAUSED, DRAFT] }, first: 100, sort: START_DATE) {
      totalCount
      edges {
        node {
          ...PlacementSummary
        }
      }
    }
  }
`);
