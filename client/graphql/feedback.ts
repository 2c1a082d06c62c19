import { graphql } from "./generated";

/** What a board card shows of a placement's recommendations and warnings (null for viewers). */
export const FeedbackSummaryFieldsFragment = graphql(`
  fragment FeedbackSummaryFields on FeedbackSummary {
    count
    recommendations
    warnings
    openWarnings
    latestKind
    latestExcerpt
    latestResolved
  }
`);

export const PlacementFeedbackItemFragment = graphql(`
  fragment PlacementFeedbackItem on PlacementFeedback {
    id
    kind
    text
    tags
    basedOnClaim
    createdAt
    answer
    answeredAt
    resolved
    resolvedAt
    allowedActions
    organisation {
      id
      slug
      name
    }
    author {
      name
      email
      phone
    }
  }
`);

export const PlacementFeedbackDocument = graphql(`
  query PlacementFeedback($id: ID!) {
    placement(id: $id) {
      id
      organisation {
        id
        name
      }
      mayLeaveFeedback
      feedback {
        ...PlacementFeedbackItem
      }
      feedbackSummary {
        ...FeedbackSummaryFields
      }
    }
  }
`);

export const LeavePlacementFeedbackDocument = graphql(`
  mutation LeavePlacementFeedback($input: LeavePlacementFeedbackInput!) {
    leavePlacementFeedback(input: $input) {
      ...PlacementFeedbackItem
    }
  }
`);

export const AnswerPlacementFeedbackDocument = graphql(`
  mutation AnswerPlacementFeedback($input: AnswerPlacementFeedbackInput!) {
    answerPlacementFeedback(input: $input) {
      ...PlacementFeedbackItem
    }
  }
`);

export const ResolvePlacementWarningDocument = graphql(`
  mutation ResolvePlacementWarning($id: ID!) {
    resolvePlacementWarning(id: $id) {
      ...PlacementFeedbackItem
    }
  }
`);

export const WithdrawPlacementFeedbackDocument = graphql(`
  mutation WithdrawPlacementFeedback($id: ID!) {
    withdrawPlacementFeedback(id: $id) {
      id
    }
  }
`);
