import { graphql } from "./generated";

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    event
    createdAt
    readAt
    seats
    dueAt
    claimId
    placement {
      id
      title
      municipality {
        code
        name
      }
    }
    counterpart {
      id
      name
    }
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($first: Int!) {
    myNotifications(first: $first) {
      ...NotificationItem
    }
    unreadNotificationCount
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationSettingsDocument = graphql(`
  query NotificationSettings {
    notificationPreferences {
      event
      delivery
    }
    savedSearches {
      id
      name
      filterJson
      createdAt
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      event
      delivery
    }
  }
`);

export const SaveSearchDocument = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
      filterJson
      createdAt
    }
  }
`);

export const DeleteSavedSearchDocument = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);
