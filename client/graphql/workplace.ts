import { graphql } from "./generated";

export const SupervisorRowFragment = graphql(`
  fragment SupervisorRow on Supervisor {
    id
    name
    email
    phone
    trainedOn
    trainingCourse
    trainingStatus
    trainingDueOn
  }
`);

export const WorkplaceRowFragment = graphql(`
  fragment WorkplaceRow on Workplace {
    id
    name
    sector
    address
    organisationNumber
    contactName
    contactPhone
    contactEmail
    archivedAt
    allowedActions
    municipality {
      code
      name
    }
    supervisors {
      ...SupervisorRow
    }
  }
`);

export const OurWorkplacesDocument = graphql(`
  query OurWorkplaces($includeArchived: Boolean!) {
    workplaces(includeArchived: $includeArchived) {
      ...WorkplaceRow
    }
    municipalities(kakOnly: false) {
      code
      name
    }
    me {
      id
      organisation {
        id
        municipalityCode
      }
    }
  }
`);

export const CreateWorkplaceDocument = graphql(`
  mutation CreateWorkplace($input: CreateWorkplaceInput!) {
    createWorkplace(input: $input) {
      ...WorkplaceRow
    }
  }
`);

export const UpdateWorkplaceDocument = graphql(`
  mutation UpdateWorkplace($id: ID!, $input: UpdateWorkplaceInput!) {
    updateWorkplace(id: $id, input: $input) {
      ...WorkplaceRow
    }
  }
`);

export const ArchiveWorkplaceDocument = graphql(`
  mutation ArchiveWorkplace($id: ID!) {
    archiveWorkplace(id: $id) {
      id
      archivedAt
      allowedActions
    }
  }
`);

export const RestoreWorkplaceDocument = graphql(`
  mutation RestoreWorkplace($id: ID!) {
    restoreWorkplace(id: $id) {
      id
      archivedAt
      allowedActions
    }
  }
`);

export const AddSupervisorDocument = graphql(`
  mutation AddSupervisor($input: AddSupervisorInput!) {
    addSupervisor(input: $input) {
      ...SupervisorRow
    }
  }
`);

export const RecordSupervisorTrainingDocument = graphql(`
  mutation RecordSupervisorTraining($input: RecordSupervisorTrainingInput!) {
    recordSupervisorTraining(input: $input) {
      ...SupervisorRow
    }
  }
`);

export const SupervisorRegisterDocument = graphql(`
  query SupervisorRegister($filter: SupervisorRegisterFilter) {
    supervisorRegister(filter: $filter) {
      ...SupervisorRow
      workplace {
        id
        name
        municipality {
          code
          name
        }
        organisation {
          id
          name
        }
      }
    }
    supervisorTrainingValidYears
    organisations {
      id
      name
    }
  }
`);

export const OrganisationSettingsDocument = graphql(`
  query OrganisationSettings {
    me {
      id
      organisation {
        id
        requireTrainedSupervisor
      }
    }
  }
`);

export const UpdateOrganisationSettingsDocument = graphql(`
  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      id
      requireTrainedSupervisor
    }
  }
`);
