import { graphql } from "./generated";

export const AuditLogDocument = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      id
      at
      action
      entity
      entityId
      ip
      cursor
      user {
        id
        name
      }
    }
  }
`);

export const AuditFilterChoicesDocument = graphql(`
  query AuditFilterChoices {
    auditActions
    users {
      id
      name
    }
  }
`);
