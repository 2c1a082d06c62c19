import { graphql } from "./generated";

/** Why a placement fits one of our participants, or not (Placement.fit). */
export const PlacementFitSummaryFragment = graphql(`
  fragment PlacementFitSummary on PlacementFit {
    fits
    score
    reasons {
      check
      met
      requirement
      licence
      requiredLevel
    }
  }
`);

export const PlacementFitDocument = graphql(`
  query PlacementFit($id: ID!, $participantId: ID!) {
    placement(id: $id) {
      id
      fit(participantId: $participantId) {
        ...PlacementFitSummary
      }
    }
  }
`);

export const WaitingListEntryFragment = graphql(`
  fragment WaitingListEntryItem on WaitingListEntry {
    id
    status
    position
    seats
    createdAt
    placement {
      id
      title
    }
    claim {
      id
      status
    }
  }
`);

export const PlacementQueueDocument = graphql(`
  query PlacementQueue($id: ID!) {
    placement(id: $id) {
      id
      waitingCount
    }
    myWaitingList {
      ...WaitingListEntryItem
    }
  }
`);

export const MyWaitingListDocument = graphql(`
  query MyWaitingList {
    myWaitingList(includeEnded: true) {
      ...WaitingListEntryItem
    }
  }
`);

export const JoinWaitingListDocument = graphql(`
  mutation JoinWaitingList($input: JoinWaitingListInput!) {
    joinWaitingList(input: $input) {
      ...WaitingListEntryItem
    }
  }
`);

export const LeaveWaitingListDocument = graphql(`
  mutation LeaveWaitingList($id: ID!) {
    leaveWaitingList(id: $id) {
      ...WaitingListEntryItem
    }
  }
`);

export const RenewClaimDocument = graphql(`
  mutation RenewClaim($id: ID!, $until: LocalDate!) {
    renewClaim(id: $id, until: $until) {
      ...ClaimWithPlacement
    }
  }
`);
