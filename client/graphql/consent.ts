import { graphql } from "./generated";

export const ConsentItemFragment = graphql(`
  fragment ConsentItem on Consent {
    id
    status
    validUntil
    revokedAt
    recordedAt
    documentReference
    guardianAgreed
    allowedActions
    organisations {
      id
      name
    }
    recordedBy {
      name
    }
  }
`);

/** One participant's consents, newest first, and the pool's organisations a new one may cover. */
export const ParticipantConsentsDocument = graphql(`
  query ParticipantConsents($participantId: ID!) {
    participantConsents(participantId: $participantId) {
      ...ConsentItem
    }
    organisations {
      id
      name
    }
  }
`);

export const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentItem
    }
  }
`);

export const RevokeConsentDocument = graphql(`
  mutation RevokeConsent($id: ID!) {
    revokeConsent(id: $id) {
      ...ConsentItem
    }
  }
`);
