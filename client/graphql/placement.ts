import { graphql } from "./generated";

export const OurClaimFragment = graphql(`
  fragment OurClaim on Claim {
    id
    status
    seats
    requestedStart
    requestedEnd
    expiresAt
    reason
    createdAt
    allowedActions
    participant {
      id
      code
    }
  }
`);

export const PlacementDetailDocument = graphql(`
  query PlacementDetail($id: ID!) {
    placement(id: $id) {
      ...PlacementSummary
      allowedActions
      description
      visibility
      postedAt
      updatedAt
      contact {
        name
        email
        phone
      }
      requirements {
        swedishLevel
        licences
        other
      }
      supervisor {
        id
        name
        email
        phone
        trainedOn
        trainingCourse
        trainingStatus
        trainingDueOn
      }
      workplace {
        id
        name
        address
        sector
        municipality {
          code
          name
        }
      }
      seatHoldings {
        seats
        heldSeats
        confirmedSeats
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
`);

export const PlacementForEditDocument = graphql(`
  query PlacementForEdit($id: ID!) {
    placement(id: $id) {
      id
      title
      description
      kind
      capacity
      startDate
      endDate
      hoursPerWeek
      status
      allowedActions
      organisation {
        id
      }
      occupationField {
        id
      }
      supervisor {
        id
      }
      workplace {
        id
      }
      requirements {
        swedishLevel
        licences
        other
      }
      visibility
      visibleTo {
        id
      }
    }
  }
`);

export const PlacementFormReferenceDocument = graphql(`
  query PlacementFormReference {
    workplaces {
      id
      name
      municipality {
        code
        name
      }
      supervisors {
        id
        name
      }
    }
    occupationFields {
      id
      label
    }
    organisations {
      id
      name
    }
  }
`);

export const PostPlacementDocument = graphql(`
  mutation PostPlacement($input: PostPlacementInput!) {
    postPlacement(input: $input) {
      ...PlacementSummary
    }
  }
`);

export const UpdatePlacementDocument = graphql(`
  mutation UpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {
    updatePlacement(id: $id, input: $input) {
      ...PlacementSummary
    }
  }
`);

export const PausePlacementDocument = graphql(`
  mutation PausePlacement($id: ID!) {
    pausePlacement(id: $id) {
      id
      status
      allowedActions
    }
  }
`);

export const ReopenPlacementDocument = graphql(`
  mutation ReopenPlacement($id: ID!) {
    reopenPlacement(id: $id) {
      id
      status
      allowedActions
    }
  }
`);

/** Closing declines waiting holds, so seat counts come back too. */
export const ClosePlacementDocument = graphql(`
  mutation ClosePlacement($id: ID!) {
    closePlacement(id: $id) {
      id
      status
      freeSeats
      allowedActions
    }
  }
`);

/** The server's own bounds: the form shows them and checks them before sending. */
export const PlacementRulesDocument = graphql(`
  query PlacementRules {
    placementKindRules {
      kind
      maxMonths
    }
    inputLimits {
      titleMin
      titleMax
      descriptionMax
      otherRequirementsMax
      capacityMax
      hoursPerWeekMax
      reasonMax
    }
  }
`);
