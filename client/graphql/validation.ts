import { graphql } from "./generated";

export const ChecklistTemplatesDocument = graphql(`
  query ChecklistTemplates {
    checklistTemplates {
      id
      kind
      industry
      name
      description
      updatedAt
      currentVersion {
        id
        number
      }
      createdBy {
        id
        name
      }
      items {
        id
        section
        position
        text
      }
    }
  }
`);

export const CreateChecklistTemplateDocument = graphql(`
  mutation CreateChecklistTemplate($input: CreateChecklistTemplateInput!) {
    createChecklistTemplate(input: $input) {
      id
      name
      currentVersion {
        id
        number
      }
    }
  }
`);

export const ReviseChecklistTemplateDocument = graphql(`
  mutation ReviseChecklistTemplate($input: ReviseChecklistTemplateInput!) {
    reviseChecklistTemplate(input: $input) {
      id
      name
      description
      updatedAt
      currentVersion {
        id
        number
      }
      items {
        id
        section
        position
        text
      }
    }
  }
`);

export const PlacementChecklistFieldsFragment = graphql(`
  fragment PlacementChecklistFields on PlacementChecklist {
    id
    name
    kind
    templateVersion
    template {
      id
    }
    items {
      id
      section
      position
      text
    }
  }
`);

export const PlacementChecklistsDocument = graphql(`
  query PlacementChecklists($id: ID!) {
    placement(id: $id) {
      id
      mayEditChecklists
      checklists {
        ...PlacementChecklistFields
      }
      ourClaims {
        id
        status
        mayStartValidation
        participant {
          id
          code
        }
      }
    }
  }
`);

export const AttachChecklistDocument = graphql(`
  mutation AttachChecklist($input: AttachChecklistInput!) {
    attachChecklist(input: $input) {
      ...PlacementChecklistFields
    }
  }
`);

export const TailorPlacementChecklistDocument = graphql(`
  mutation TailorPlacementChecklist($input: TailorPlacementChecklistInput!) {
    tailorPlacementChecklist(input: $input) {
      ...PlacementChecklistFields
    }
  }
`);

export const DetachPlacementChecklistDocument = graphql(`
  mutation DetachPlacementChecklist($id: ID!) {
    detachPlacementChecklist(id: $id) {
      id
      removedAt
    }
  }
`);

export const ClaimValidationsDocument = graphql(`
  query ClaimValidations($id: ID!) {
    claim(id: $id) {
      id
      status
      mayStartValidation
      participant {
        id
        code
      }
      placement {
        id
        title
        supervisor {
          id
          name
        }
        workplace {
          id
          name
        }
        checklists {
          id
          name
          kind
        }
      }
      validations {
        id
        supervisorName
        supervisorTitle
        mayRecord
        checklist {
          id
          name
          kind
        }
      }
    }
  }
`);

export const ValidationDetailDocument = graphql(`
  query ValidationDetail($id: ID!) {
    validation(id: $id) {
      id
      mayRecord
      records {
        id
        itemId
        level
        observedOn
        observer
      }
      progress {
        item {
          id
          section
          position
          text
          removedAt
        }
        latest {
          id
          level
          observedOn
        }
      }
    }
  }
`);

export const StartValidationDocument = graphql(`
  mutation StartValidation($input: StartValidationInput!) {
    startValidation(input: $input) {
      id
    }
  }
`);

export const RecordValidationDocument = graphql(`
  mutation RecordValidation($input: RecordValidationInput!) {
    recordValidation(input: $input) {
      id
    }
  }
`);

export const SkillsSummaryDocument = graphql(`
  query SkillsSummary($participantId: ID!) {
    participantSkillsSummary(participantId: $participantId) {
      participantId
      participantCode
      organisationName
      generatedOn
      validations {
        validationId
        checklistName
        kind
        placementTitle
        workplaceName
        municipalityName
        placementOrganisationName
        supervisorName
        supervisorTitle
        firstObservedOn
        lastObservedOn
        items {
          section
          text
          level
          observedOn
        }
      }
    }
  }
`);
