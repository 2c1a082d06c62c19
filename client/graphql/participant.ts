import { graphql } from "./generated";

export const ParticipantRowFragment = graphql(`
  fragment ParticipantRow on Participant {
    id
    code
    swedishLevel
    licences
    availableFrom
    minor
    archivedAt
    homeMunicipality {
      code
      name
    }
    occupationInterests {
      id
      label
    }
  }
`);

export const OurParticipantsDocument = graphql(`
  query OurParticipants($search: String, $includeArchived: Boolean) {
    participants(search: $search, includeArchived: $includeArchived) {
      ...ParticipantRow
    }
  }
`);

export const ParticipantsReviewDocument = graphql(`
  query ParticipantsReview {
    participantsDueForReview {
      lastActivityAt
      participant {
        id
        code
        archivedAt
      }
    }
    participantPolicy {
      inactiveMonths
      retentionErases
      keepClaimDetails
      updatedAt
    }
  }
`);

export const ParticipantFormReferenceDocument = graphql(`
  query ParticipantFormReference {
    municipalities {
      code
      name
    }
    occupationFields {
      id
      label
    }
  }
`);

export const RegisterParticipantDocument = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      ...ParticipantRow
    }
  }
`);

export const UpdateParticipantDocument = graphql(`
  mutation UpdateParticipant($id: ID!, $input: UpdateParticipantInput!) {
    updateParticipant(id: $id, input: $input) {
      ...ParticipantRow
    }
  }
`);

export const ArchiveParticipantDocument = graphql(`
  mutation ArchiveParticipant($id: ID!) {
    archiveParticipant(id: $id) {
      ...ParticipantRow
    }
  }
`);

export const RestoreParticipantDocument = graphql(`
  mutation RestoreParticipant($id: ID!) {
    restoreParticipant(id: $id) {
      ...ParticipantRow
    }
  }
`);

export const EraseParticipantDocument = graphql(`
  mutation EraseParticipant($id: ID!) {
    eraseParticipant(id: $id)
  }
`);

export const SetParticipantPolicyDocument = graphql(`
  mutation SetParticipantPolicy($input: SetParticipantPolicyInput!) {
    setParticipantPolicy(input: $input) {
      inactiveMonths
      retentionErases
      keepClaimDetails
      updatedAt
    }
  }
`);
