import { graphql } from "./generated";

/** What a card and a table row show; shared so both views read the same cache entries. */
export const PlacementSummaryFragment = graphql(`
  fragment PlacementSummary on Placement {
    id
    title
    kind
    status
    capacity
    freeSeats
    startDate
    endDate
    standing
    hoursPerWeek
    municipality {
      code
      name
    }
    organisation {
      id
      slug
      name
    }
    workplace {
      id
      name
    }
    supervisor {
      id
      trainingStatus
    }
    occupationField {
      id
      label
    }
    feedbackSummary {
      ...FeedbackSummaryFields
    }
  }
`);

export const BoardDocument = graphql(`
  query Board(
    $filter: BoardFilter
    $first: Int!
    $after: String
    $sort: BoardSort!
    $forParticipantId: ID
    $withFit: Boolean! = false
    $fitFor: ID = "-"
  ) {
    board(filter: $filter, first: $first, after: $after, sort: $sort, forParticipantId: $forParticipantId) {
      totalCount
      edges {
        cursor
        node {
          ...PlacementSummary
          # Primed with the page (no extra statement); live updates name who took a seat from it.
          seatHoldings {
            seats
            organisation {
              id
              name
            }
          }
          # Issue 11: with a participant picked, how each placement fits them.
          fit(participantId: $fitFor) @include(if: $withFit) {
            ...PlacementFitSummary
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BoardReferenceDocument = graphql(`
  query BoardReference {
    municipalities(kakOnly: true) {
      code
      name
    }
    occupationFields {
      id
      label
    }
  }
`);
